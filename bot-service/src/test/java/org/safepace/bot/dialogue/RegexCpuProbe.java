package org.safepace.bot.dialogue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The thread CPU time of the understanding step's patterns per message (the dev evaluation messages, in a loop),
 * for comparing pattern plumbing before and after on a shared machine. Not a test. Run from the repository root
 * with the test classpath (see UnderstandingCostBenchmark).
 */
public final class RegexCpuProbe {

    public static void main(String[] args) throws Exception {
        List<String> messages = new java.util.ArrayList<>();
        for (String file : List.of("questions.tsv", "boundaries.tsv")) {
            for (String line : Files.readAllLines(Path.of("bot-service/src/test/resources/evaluation/dev", file))) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length > 2) {
                    messages.add(MessageUnderstanding.normalise(cols[2]));
                }
            }
        }
        IntentClassifier intents = new IntentClassifier();
        StanceReader stances = new StanceReader();
        AudienceReader audiences = new AudienceReader(null);
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int round = 0; round < 8; round++) {
            long start = bean.getCurrentThreadCpuTime();
            for (String m : messages) {
                sink += intents.classify(m).ordinal();
                sink += intents.namedFeeling(m).map(Enum::ordinal).orElse(0);
                sink += intents.asksSomething(m) ? 1 : 0;
                sink += stances.stance(m).ordinal();
                sink += stances.admitsGoingOn(m) ? 1 : 0;
                sink += audiences.read(m, null).map(Enum::ordinal).orElse(0);
            }
            long cpu = bean.getCurrentThreadCpuTime() - start;
            System.out.printf("round %d: %.3f ms CPU per message (%d messages)%n", round,
                    cpu / 1e6 / messages.size(), messages.size());
        }
        System.out.println(sink);
    }
}
