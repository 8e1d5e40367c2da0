package org.safepace.knowledge.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.safepace.knowledge.Audience;
import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.BenchmarkSupport;

/**
 * CPU time of one hybrid search with the query vector already computed (what a recurring question's turn pays for
 * retrieval), measured as the calling thread's CPU time, so a machine shared with other builds disturbs it far less
 * than wall-clock time. The 40 questions of the load test's chat.lua (read from it), each for an unknown asker, SELF
 * and PARTNER.
 * Not a test. Arguments: [embedding cache dir] [rounds]. Run from the repository root:
 *
 * <pre>
 * mvn -o -q -pl knowledge-base test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp knowledge-base/target/test-classes:knowledge-base/target/classes:$(cat knowledge-base/target/test-classpath.txt) \
 *     org.safepace.knowledge.benchmark.SearchCpuTime /tmp/cache 8
 * </pre>
 */
public final class SearchCpuTime {

    /** The load test's questions, read from its script so the two stay one list. */
    static List<String> loadTestQuestions() throws IOException {
        String script = Files.readString(Path.of("bot-service/src/test/load/chat.lua"));
        int start = script.indexOf("local questions = {");
        String block = script.substring(start, script.indexOf('}', start));
        List<String> questions = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(block);
        while (quoted.find()) {
            questions.add(quoted.group(1));
        }
        return questions;
    }

    private static final Audience[] ASKERS = {null, Audience.SELF, Audience.PARTNER};

    private SearchCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        Path cache = args.length > 0 ? Path.of(args[0]) : null;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> questions = loadTestQuestions();
        try (KnowledgeBase kb = BenchmarkSupport.load(null, cache, false)) {
            float[][] vectors = questions.stream().map(kb::embedQuery).toArray(float[][]::new);
            long checksum = 0;
            for (int round = 0; round < rounds; round++) {
                int searches = 0;
                long start = threads.getCurrentThreadCpuTime();
                for (int repeat = 0; repeat < 10; repeat++) {
                    for (int q = 0; q < questions.size(); q++) {
                        for (Audience asker : ASKERS) {
                            var result = kb.search(questions.get(q), vectors[q], asker, 4);
                            checksum = 31 * checksum + result.hits().toString().hashCode() + (result.confident() ? 1 : 0);
                            searches++;
                        }
                    }
                }
                long micros = (threads.getCurrentThreadCpuTime() - start) / 1_000 / searches;
                System.out.printf(Locale.ROOT, "round %d: %d searches, %d us CPU per search%n", round + 1, searches, micros);
            }
            // The same answers give the same checksum, before and after a change.
            System.out.println("results checksum " + checksum);
        }
    }
}
