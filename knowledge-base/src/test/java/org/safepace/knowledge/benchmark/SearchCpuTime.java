package org.safepace.knowledge.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.safepace.knowledge.Audience;
import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.BenchmarkSupport;

/**
 * CPU time of one hybrid search with the query vector already computed (what a recurring question's turn pays for
 * retrieval), measured as the calling thread's CPU time, so a machine shared with other builds disturbs it far less
 * than wall-clock time. The 40 questions of the load test's chat.lua, each for an unknown asker, SELF and PARTNER.
 * Not a test. Arguments: [embedding cache dir] [rounds]. Run from the repository root:
 *
 * <pre>
 * mvn -o -q -pl knowledge-base test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp knowledge-base/target/test-classes:knowledge-base/target/classes:$(cat knowledge-base/target/test-classpath.txt) \
 *     org.safepace.knowledge.benchmark.SearchCpuTime /tmp/cache 8
 * </pre>
 */
public final class SearchCpuTime {

    static final List<String> QUESTIONS = List.of(
            "what is vaginismus?", "how do I use a dilator", "why does it burn at the entrance?",
            "my wife has vaginismus, how can I help her", "how long does it take to get better",
            "is it all in my head?", "how do reverse kegels work", "what is 90/90 breathing",
            "how often should I practise", "what size dilator should I start with",
            "when can I move up a size?", "I feel so ashamed, is this normal?", "what lube should we use",
            "can we still be intimate without penetration?", "what should I not say to my girlfriend",
            "how do I stop clenching automatically", "it hurts the next day, what do I do",
            "what is the 2/10 rule", "should I see a physio", "what positions are easiest",
            "how do we move on to sex", "what is sensate focus", "I'm scared of dilators",
            "does vaginismus mean she doesn't love me", "how do I deal with my frustration",
            "what is the relaxation circuit", "can i use my finger instead of a trainer",
            "how do I get my partner involved", "hi", "thanks", "what can you do?",
            "why do kegels make it worse", "help with a flare up", "what's the two week plan",
            "is vaginismus the same as dyspareunia", "how to talk about consent", "my gyno said just relax",
            "how do i do hip openers", "can past abuse cause this", "when should I get professional help");
    private static final Audience[] ASKERS = {null, Audience.SELF, Audience.PARTNER};

    private SearchCpuTime() {
    }

    public static void main(String[] args) {
        Path cache = args.length > 0 ? Path.of(args[0]) : null;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (KnowledgeBase kb = BenchmarkSupport.load(null, cache, false)) {
            float[][] vectors = QUESTIONS.stream().map(kb::embedQuery).toArray(float[][]::new);
            long checksum = 0;
            for (int round = 0; round < rounds; round++) {
                int searches = 0;
                long start = threads.getCurrentThreadCpuTime();
                for (int repeat = 0; repeat < 10; repeat++) {
                    for (int q = 0; q < QUESTIONS.size(); q++) {
                        for (Audience asker : ASKERS) {
                            var result = kb.search(QUESTIONS.get(q), vectors[q], asker, 4);
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
