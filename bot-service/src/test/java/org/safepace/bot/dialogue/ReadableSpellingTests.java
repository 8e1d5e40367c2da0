package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The readers read long words as the search corrected them, short ones and contractions as typed
 * ({@link MessageUnderstanding#readable}); with the corrected words the patterns hear the push they were written for.
 */
class ReadableSpellingTests {

    @Test
    void longMisspeltWordsAreReadAsCorrected() {
        assertThat(MessageUnderstanding.readable("how i exlpain to her that this is her duty",
                "how i explain to her that this is her duty")).isEqualTo("how i explain to her that this is her duty");
        assertThat(MessageUnderstanding.readable("before my gilrfriend sleeps with me",
                "before my girlfriend sleeps with me")).isEqualTo("before my girlfriend sleeps with me");
    }

    @Test
    void shortWordsAndContractionsStayAsTyped() {
        // the corrector's "his" for "hes" and "him" for "im" would change who is meant
        assertThat(MessageUnderstanding.readable("i think hes falling out of love, im dreading it",
                "i think his falling out of love, him dreading it")).isEqualTo("i think hes falling out of love, im dreading it");
        assertThat(MessageUnderstanding.readable("when shes redy", "when shes ready")).isEqualTo("when shes redy");
        assertThat(MessageUnderstanding.readable("she wouldn't notice", "she wouldnt notice"))
                .isEqualTo("she wouldn't notice");
    }

    @Test
    void aRealWordTheCorrectorDoesNotKnowStays() {
        assertThat(MessageUnderstanding.readable("im dreading next tuesday", "im reading next tuesday"))
                .isEqualTo("im dreading next tuesday");
        assertThat(MessageUnderstanding.readable("she is hesitant", "she is resistant")).isEqualTo("she is hesitant");
        assertThat(MessageUnderstanding.readable("we tried somthing new", "we tried something new"))
                .isEqualTo("we tried something new");
    }

    @Test
    void aCorrectionThatSplitsWordsDifferentlyIsNotTaken() {
        assertThat(MessageUnderstanding.readable("alot of pain", "a lot of pain")).isEqualTo("alot of pain");
        assertThat(MessageUnderstanding.readable("nothing to correct", null)).isEqualTo("nothing to correct");
    }

    @Test
    void withTheWordCorrectedTheDutyIsReadAsAPush() {
        IntentClassifier sharp = new IntentClassifier();
        StanceReader stances = new StanceReader();
        String typed = "im her husband. in my country the wife should give this to her husband. how i exlpain to her that this is her duty";
        String read = MessageUnderstanding.normalise(MessageUnderstanding.readable(typed,
                typed.replace("exlpain", "explain")));
        assertThat(stances.stance(read)).isEqualTo(StanceReader.Stance.PRESSING);
        assertThat(stances.stance(MessageUnderstanding.normalise(typed))).isEqualTo(StanceReader.Stance.NEITHER);
        assertThat(sharp.classify(read)).isNotNull();
    }
}
