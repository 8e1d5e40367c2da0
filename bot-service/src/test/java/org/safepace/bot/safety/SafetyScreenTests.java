package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SafetyScreenTests {

    private final SafetyScreen screen = new SafetyScreen();

    @Test
    void takesTheHighestLevelAndTheUnionOfCategories() {
        SafetyDecision decision = screen.screen("I'm bleeding, I have a fever and I want to end it all");
        assertThat(decision.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(decision.categories()).containsExactly("self_harm", "bleeding", "fever");
        assertThat(decision.ruleIds()).containsExactly("crisis.self_harm", "bleeding.any", "fever.any");
    }

    @Test
    void readsThroughInvisibleCharactersLookAlikesAndEmphasis() {
        for (String hidden : new String[] {"ble\u200Beding", "ble\u00ADeding", "ble\u200Deding", "bl\u0435\u0435ding",
                "bleeeeeding", "\uFF42\uFF4C\uFF45\uFF45\uFF44\uFF49\uFF4E\uFF47"}) {
            assertThat(screen.screen("I am " + hidden + " heavily and it won't stop").level()).as(hidden)
                    .isEqualTo(TriageLevel.EMERGENCY);
        }
    }

    @Test
    void somethingStuckInsideAPlaceIsNotStuckInsideTheBody() {
        // Session 5 (issue 11): a place after "stuck inside" is not the body; the body still counts.
        assertThat(screen.screen("i was stuck inside the car in traffic for two hours").level())
                .isEqualTo(TriageLevel.NONE);
        assertThat(screen.screen("the ring is stuck inside the vagina and i can't get it").categories())
                .contains("stuck_inside");
        assertThat(screen.screen("the cap of the dilator is stuck inside me").categories()).contains("stuck_inside");
        assertThat(screen.screen("the silicone egg from my pelvic floor kit won't come out").categories())
                .contains("stuck_inside");
    }

    @Test
    void nothingFoundIsTheSharedNoneDecision() {
        assertThat(screen.screen("How long should I hold the dilator?")).isSameAs(SafetyDecision.NONE);
    }

    @Test
    void nullBlankHugeAndOddInputAreScreenedWithoutThrowing() {
        assertThat(screen.screen(null)).isSameAs(SafetyDecision.NONE);
        assertThat(screen.screen("   ")).isSameAs(SafetyDecision.NONE);
        // 36,000 characters: nine times the longest message any channel delivers (Telegram's 4,096).
        String huge = "so much to say about practice today ".repeat(1_000) + " and now I'm bleeding";
        SafetyDecision buried = screen.screen(huge);
        assertThat(buried.level()).as("a red flag at the end of a very long message").isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(buried.categories()).containsExactly("bleeding");
        assertThat(screen.screen("\uD83D\uDE22 \u0000 \uFFFF ' - / . 10/ /10 a")).isSameAs(SafetyDecision.NONE);
        assertThat(screen.screen("I'm bleeding \uD83D\uDE22").categories()).containsExactly("bleeding");
    }

    @Test
    void aTextLongerThanOneAnalysisIsScreenedToItsLastCharacter() {
        // 180,000 characters: over three times what one analysis reads; the red flag is the very last sentence.
        String filler = "so much to say about practice today ".repeat(5_000);
        assertThat(filler.length()).isGreaterThan(3 * TextAnalyser.MAX_CHARS);
        SafetyDecision atTheEnd = screen.screen(filler + "and now I'm bleeding");
        assertThat(atTheEnd.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(atTheEnd.categories()).containsExactly("bleeding");
        assertThat(screen.screen(filler)).isSameAs(SafetyDecision.NONE);
        // A red flag wherever a window boundary falls is read whole, negations before it included.
        String tail = " and some more words".repeat(20);
        for (int at = TextAnalyser.MAX_CHARS - 60; at <= TextAnalyser.MAX_CHARS + 10; at += 7) {
            String across = "x".repeat(at) + " I want to end it all. " + tail;
            assertThat(screen.screen(across).level()).as("red flag at " + at).isEqualTo(TriageLevel.EMERGENCY);
            String negated = "x".repeat(at) + " there is no bleeding at all. " + tail;
            assertThat(screen.screen(negated).level()).as("negated at " + at).isEqualTo(TriageLevel.NONE);
        }
    }

    @Test
    void isDeterministicAndIndependentOfTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR")); // dotless i would break "BLEEDING" in a naive lower-case
            SafetyDecision first = screen.screen("I THINK I'M BLEEDING AND IT'S INFECTED");
            assertThat(first.categories()).containsExactly("bleeding", "infection");
            assertThat(screen.screen("I THINK I'M BLEEDING AND IT'S INFECTED")).isEqualTo(first);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aPartnersVoiceCountsTheSame() {
        assertThat(screen.screen("My fiancée has been running a temperature").level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(screen.screen("my wife is bleeding heavily").level()).isEqualTo(TriageLevel.EMERGENCY);
    }

    @Test
    void aRedFlagWordWrittenWithDigitsForLettersIsStillARedFlag() {
        assertThat(screen.screen("was practising and now theres bl00d and its kinda a lot?? is that normal").level())
                .isGreaterThanOrEqualTo(TriageLevel.SEEK_CARE);
    }
}
