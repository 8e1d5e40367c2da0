package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepace.bot.meaning.TestEmbeddings;
import org.safepace.bot.testing.TsvRows;

/**
 * Accuracy of {@link AudienceReader} (clauses and bank, real query embedding) on its labelled splits: dev (the
 * thresholds were calibrated on it) and held-out (written with it, before calibrating; only ever measured). Each
 * message is the first of a conversation. The floors sit a little under the figures in
 * prompts/understanding/README.md, so a change that makes hearing the asker worse fails here.
 */
class AudienceSplitsTests {

    private static AudienceReader reader;

    @BeforeAll
    static void embedTheBank() {
        reader = UnderstandingBank.fromClasspath(TestEmbeddings::embedAll).audience();
    }

    record Figures(int messages, double right, List<String> wrong) {
    }

    static Figures measure(AudienceReader reader, String resource) {
        List<String[]> rows = TsvRows.read(resource);
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            AudienceHint heard = reader.read(MessageUnderstanding.normalise(row[0]), TestEmbeddings.embed(row[0]))
                    .orElse(AudienceHint.UNKNOWN);
            if (heard == AudienceHint.valueOf(row[1].strip())) {
                right++;
            } else {
                wrong.add(row[0] + " | " + row[1] + " -> " + heard);
            }
        }
        return new Figures(rows.size(), (double) right / rows.size(), wrong);
    }

    @Test
    void devSplitIsHeardAsCalibrated() {
        Figures dev = measure(reader, "/understanding/audience-dev.tsv");
        System.out.printf("audience dev: %d messages, right %.3f%n", dev.messages(), dev.right());
        dev.wrong().forEach(w -> System.out.println("  dev miss: " + w));

        assertThat(dev.right()).isGreaterThanOrEqualTo(0.80);
    }

    /** Measured only: the misses are not printed, so nobody tunes on them case by case. */
    @Test
    void heldOutSplitIsMeasured() {
        Figures held = measure(reader, "/understanding/audience-holdout.tsv");
        System.out.printf("audience held-out: %d messages, right %.3f%n", held.messages(), held.right());

        assertThat(held.right()).isGreaterThanOrEqualTo(0.65);
    }
}
