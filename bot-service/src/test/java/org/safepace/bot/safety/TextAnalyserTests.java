package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextAnalyserTests {

    @Test
    void foldsCaseAccentsCurlyQuotesAndCompatibilityForms() {
        assertThat(TextAnalyser.analyse("My FIANCÉE’s “fever” – ３８°C").text)
                .isEqualTo("my fiancee's fever ; 38°c .");
    }

    @Test
    void writesNumberWordsAsDigitsAndRestoresContractions() {
        assertThat(TextAnalyser.analyse("An eight out of ten, dont know why").text)
                .isEqualTo("an 8 out of 10 , don't know why .");
    }

    @Test
    void keepsScoresAndDecimalsAsOneTokenAndEndsEverySentence() {
        assertThat(TextAnalyser.analyse("Pain 7/10. Temp 38.5! Help?").text)
                .isEqualTo("pain 7/10 . temp 38.5 ! help ?");
    }

    @Test
    void negationScopeEndsAtButAndAtTheSentenceEnd() {
        AnalysedText text = TextAnalyser.analyse("No fever but chills. Blood.");
        int chills = text.text.indexOf("chills");
        int blood = text.text.indexOf("blood");
        assertThat(text.passes(chills, chills + 6, AnalysedText.ALL)).isTrue();
        assertThat(text.passes(blood, blood + 5, AnalysedText.ALL)).isTrue();
        int fever = text.text.indexOf("fever");
        assertThat(text.passes(fever, fever + 5, AnalysedText.ALL)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"bleedng, bleeding", "fevar, fever", "temprature, temperature", "infecton, infection",
        "bleedign, bleeding", "sucidal, suicidal", "excrutiating, excruciating"})
    void correctsMisspelledRedFlagWords(String typo, String word) {
        assertThat(Spelling.correct(typo)).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"breeding", "fewer", "feather", "bleeping", "never", "insertion", "meditation", "starting",
        "standing", "injection", "stopping", "blend", "bloody", "fever", "clots"})
    void leavesRealWordsAndShortWordsAlone(String word) {
        assertThat(Spelling.correct(word)).isEqualTo(word);
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOne() {
        assertThat(Spelling.distance("bleedign", "bleeding", 2)).isEqualTo(1);
        assertThat(Spelling.distance("abcdef", "uvwxyz", 2)).isEqualTo(3);
    }

    @Test
    void emptyAndPunctuationOnlyInputHasNoText() {
        assertThat(TextAnalyser.analyse("").text).isEmpty();
        assertThat(TextAnalyser.analyse(" ... !!! ").text).isEmpty();
    }

    @Test
    void aZeroOrThreeForALetterInsideARedFlagWordIsReadAsTheWord() {
        assertThat(TextAnalyser.analyse("theres bl00d and f3ver").text).isEqualTo("there's blood and fever .");
        assertThat(TextAnalyser.analyse("bl33ding since 10am").text).startsWith("bleeding since");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3x", "b4", "2nd", "10am", "size3", "h0me"})
    void otherWordsWithDigitsAreLeftAlone(String token) {
        assertThat(Spelling.correct(token)).isEqualTo(token);
    }
}
