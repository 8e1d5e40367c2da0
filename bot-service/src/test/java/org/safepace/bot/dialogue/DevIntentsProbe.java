package org.safepace.bot.dialogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a test: the understanding step alone on the evaluation set's dev files (never held-out),
 * printing intent accuracy and the misses. Usage: DevIntentsProbe file.tsv... (columns id, kind, message, intent).
 */
public final class DevIntentsProbe {

    public static void main(String[] args) throws Exception {
        MessageUnderstanding understanding = new MessageUnderstanding(UnderstandingBank.fromClasspath(TestEmbeddings::embedAll));
        for (String file : args) {
            if (file.contains("heldout")) {
                throw new IllegalArgumentException("held-out files are measured by the evaluation harness only");
            }
            int n = 0;
            int right = 0;
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String expected = cols[3];
                if (expected.equals("SAFETY") || expected.equals("-")) {
                    continue;
                }
                Session session = new Session("s1234567890123456");
                Understanding u = understanding.understand(cols[2], TestEmbeddings.embed(cols[2]), session,
                        AudienceHint.UNKNOWN);
                String got = u.outside() ? "OFF_TOPIC" : u.intent().name();
                List<String> accepted = List.of(expected.split("\\|"));
                boolean ok = accepted.contains(got) || (accepted.contains("QUESTION") && got.equals("FEELINGS"));
                n++;
                right += ok ? 1 : 0;
                if (!ok) {
                    System.out.println("MISS " + cols[0] + " " + cols[1] + " expected " + expected + " got " + got
                            + " (" + u.feeling() + ") | " + cols[2]);
                }
            }
            System.out.printf("%s: %d of %d (%.3f)%n", file, right, n, (double) right / n);
        }
        System.exit(0);
    }
}
