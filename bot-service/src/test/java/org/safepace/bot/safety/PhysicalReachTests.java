package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.safety.RuleTesting.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sbody (session 6) rule shapes and normaliser behaviour for the physical families, each with its twins. */
class PhysicalReachTests {

    private final SafetyScreen screen = new SafetyScreen();

    @ParameterizedTest
    @CsvSource({"blod, blood", "blud, blood", "feva, fever", "fevr, fever", "dizy, dizzy", "pian, pain"})
    void correctsListedFourLetterMisspellings(String typo, String word) {
        assertThat(Spelling.correct(typo)).isEqualTo(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blob", "bled", "five", "fear", "dirt", "plan", "pink", "blue"})
    void leavesOtherFourLetterWordsAlone(String word) {
        assertThat(Spelling.correct(word)).isEqualTo(word);
    }

    @Test
    void aShortMisspellingReachesTheRules() {
        assertThat(screen.screen("ther's blod all over the bathrom floor").categories()).contains("heavy_bleeding");
    }

    @Test
    void neverUsedToSaysTheSymptomIsNewNotPast() {
        assertThat(screen.screen("it hurts for 3 days after every session now, never used to").categories())
                .contains("persistent_pain");
        assertThat(screen.screen("i used to get pain for 3 days after sessions, not any more").level())
                .isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pain is 8/10 tonight, it was 4 last week", "the pain was 3/10 last week and now its 7",
        "it was 2 out of 10 yesterday and now it's 6 out of 10"})
    void aScoreNowAboveOneInThePastIsRising(String message) {
        assertThat(evaluate(new PainRules(), message).ruleIds()).contains("pain.score_rising");
    }

    @ParameterizedTest
    @ValueSource(strings = {"it was 8/10 last week, now it's 3/10", "pain is 3/10 tonight, it was 7 last week"})
    void aFallingScoreOrAWhatIfIsNotRising(String message) {
        assertThat(evaluate(new PainRules(), message).ruleIds()).doesNotContain("pain.score_rising");
    }

    @ParameterizedTest
    @ValueSource(strings = {"she says it's like 9 out of 10 and started suddenly",
        "it came on out of nowhere and the pain is excruciating"})
    void suddenOnsetWithSevereScoreOrWordsIsAnEmergency(String message) {
        assertThat(evaluate(new PainRules(), message).ruleIds()).contains("pain.sudden_onset_severe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the ache started suddenly but it is only 3/10", "it started suddenly, then eased",
        "it didn't come on suddenly, it was 9/10 for a second and went"})
    void suddenOnsetWithoutSeverityIsNot(String message) {
        assertThat(evaluate(new PainRules(), message).ruleIds()).doesNotContain("pain.sudden_onset_severe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pregnant (about 10 wks) and ive got brown spotting and period type pain",
        "i'm about 9 weeks along and started bleeding with period type cramps", "12 weeks pregnant, crampy pain"})
    void howFarAlongIsNotHowLongItHasHurt(String message) {
        assertThat(evaluate(new PainRules(), message).categories()).doesNotContain("persistent_pain");
    }

    @Test
    void painForDaysInPregnancyIsStillPersistent() {
        assertThat(evaluate(new PainRules(), "12 weeks pregnant and sore for four days").categories())
                .contains("persistent_pain");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "there was a fair bit of blood, more than a period | EMERGENCY",
        "a decent amount of blood on the sheets | EMERGENCY",
        "a bit of blood on the tissue | SEEK_CARE",
        "after dilator i have very much bleeding and feel like fall down | EMERGENCY",
        "got botox on monday, since then i cant pee properly | SEEK_CARE",
        "positive test last week and now cramping really bad low down on one side | EMERGENCY",
        "is it normal to bleed a little the first time you have sex? | NONE",
        "Is it normal to bleed a bit after practising with the smallest size? | SEEK_CARE"})
    void physicalReach(String message, TriageLevel level) {
        assertThat(screen.screen(message).level()).as(message).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tengo coágulos muy grandes", "estoy perdiendo mucha sangre", "la sangre me corre por las piernas",
        "estou com coágulos enormes", "o sangue está escorrendo pelas pernas", "il y a de gros caillots",
        "le sang me coule sur les jambes", "je perds énormément de sang"})
    void heavyBleedingInSpanishPortugueseAndFrench(String message) {
        assertThat(screen.screen(message).categories()).contains("heavy_bleeding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tengo un análisis de sangre mañana", "je suis épuisée mais ça va, pas de saignement"})
    void otherLanguageMessagesWithoutARedFlagAreQuiet(String message) {
        assertThat(screen.screen(message).level()).isEqualTo(TriageLevel.NONE);
    }
}
