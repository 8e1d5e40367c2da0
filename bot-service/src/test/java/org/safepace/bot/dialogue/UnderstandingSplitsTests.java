package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Accuracy of the understanding step on its labelled splits: dev (the thresholds were calibrated on it) and
 * held-out (written with it, before calibrating; only ever measured). Every message is read mid-conversation, after
 * a question about dilators, so a question misread as a follow-up counts as wrong. The floors sit a little under
 * the figures in prompts/understanding/README.md, so a change that makes understanding worse fails here.
 */
class UnderstandingSplitsTests {

    static final Map<String, Intent> EXPECTED = Map.ofEntries(
            Map.entry("greeting", Intent.GREETING), Map.entry("thanks", Intent.THANKS),
            Map.entry("goodbye", Intent.GOODBYE), Map.entry("capabilities", Intent.CAPABILITIES),
            Map.entry("ask_for_person", Intent.ASK_FOR_PERSON), Map.entry("follow_up", Intent.FOLLOW_UP),
            Map.entry("question", Intent.QUESTION), Map.entry("outside", Intent.OFF_TOPIC),
            Map.entry("pressure", Intent.CONSENT_BOUNDARY), Map.entry("force_admission", Intent.FORCE_ADMISSION),
            Map.entry("medication", Intent.MEDICATION_OR_DIAGNOSIS), Map.entry("rules_change", Intent.PROMPT_INJECTION));

    private static MessageUnderstanding understanding;

    @BeforeAll
    static void embedTheBanks() {
        understanding = new MessageUnderstanding(UnderstandingBank.fromClasspath(TestEmbeddings::embedAll));
    }

    record Figures(int messages, double intent, double feeling, List<String> wrong) {
    }

    static Figures measure(String resource) {
        List<String[]> rows = UnderstandingSliceTests.rows(resource);
        int intentRight = 0;
        int feelingRight = 0;
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows) {
            Session session = new Session("s1234567890123456");
            session.remember(new Session.Turn(Intent.QUESTION, "how do i use a dilator", List.of("a#b")));
            Understanding understood = understanding.understand(row[0], TestEmbeddings.embed(row[0]), session,
                    AudienceHint.UNKNOWN);
            Intent got = understood.outside() ? Intent.OFF_TOPIC
                    : understood.intent() == Intent.FEELINGS ? Intent.QUESTION : understood.intent();
            Feeling feeling = Feeling.valueOf(row[2].toUpperCase(java.util.Locale.ROOT));
            boolean intentOk = got == EXPECTED.get(row[1]);
            boolean feelingOk = understood.feeling() == feeling;
            intentRight += intentOk ? 1 : 0;
            feelingRight += feelingOk ? 1 : 0;
            if (!intentOk || !feelingOk) {
                wrong.add(row[0] + " | " + row[1] + "->" + got + " | " + feeling + "->" + understood.feeling());
            }
        }
        return new Figures(rows.size(), (double) intentRight / rows.size(), (double) feelingRight / rows.size(), wrong);
    }

    @Test
    void devSplitIsUnderstoodAsCalibrated() {
        Figures dev = measure("/understanding/dev.tsv");
        System.out.printf("understanding dev: %d messages, intent %.3f, feeling %.3f%n", dev.messages(), dev.intent(),
                dev.feeling());
        dev.wrong().forEach(w -> System.out.println("  dev miss: " + w));

        assertThat(dev.intent()).isGreaterThanOrEqualTo(0.85);
        assertThat(dev.feeling()).isGreaterThanOrEqualTo(0.90);
    }

    /** Measured only: the misses are not printed, so nobody tunes on them case by case. */
    @Test
    void heldOutSplitIsMeasured() {
        Figures held = measure("/understanding/holdout.tsv");
        System.out.printf("understanding held-out: %d messages, intent %.3f, feeling %.3f%n", held.messages(),
                held.intent(), held.feeling());

        assertThat(held.intent()).isGreaterThanOrEqualTo(0.70);
        assertThat(held.feeling()).isGreaterThanOrEqualTo(0.75);
    }
}
