package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.safety.RuleTesting.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PainRulesTests {

    private final PainRules rules = new PainRules();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the pain is 7/10 | 7", "it was an eight out of ten | 8", "pain of 9 / 10 | 9", "pain is like 6-7/10 | 7",
        "I'd rate the pain a 9 | 9", "pain about 2/10 | 2", "it was 8/10 last week, now it's 3/10 | 3",
        "it hurt at 8/10 but it's getting better, about 4/10 | 4"})
    void readsTheCurrentPainScoreInDigitsAndWords(String message, int expected) {
        assertThat(PainRules.currentScore(TextAnalyser.analyse(message))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7 out of 10 women improve", "I'm on size 7", "my daughter is 7", "I held it for 8 minutes",
        "about 7 weeks in"})
    void numbersThatAreNotPainScoresAreIgnored(String message) {
        assertThat(PainRules.currentScore(TextAnalyser.analyse(message))).isEqualTo(-1);
    }

    @Test
    void scoreSevenOrMoreIsSeekCare_fiveToSixRoutine_threeToFourNone() {
        assertThat(evaluate(rules, "pain is 7/10").ruleIds()).containsExactly("pain.score_7_or_more");
        assertThat(evaluate(rules, "pain is 5/10").level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(evaluate(rules, "pain is 4/10").level()).isEqualTo(TriageLevel.NONE);
        assertThat(evaluate(rules, "pain is 3 out of 10").level()).isEqualTo(TriageLevel.NONE);
        assertThat(evaluate(rules, "pain is 1/10").level()).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void suddenSeverePainIsAnEmergency() {
        Finding finding = evaluate(rules, "I have sudden severe pelvic pain");
        assertThat(finding.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).contains("sudden_severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sharp pain inside", "the pain was excruciating", "I was in agony", "stabbing pain",
        "it hurts so much"})
    void severeWordsAreSeekCare(String message) {
        assertThat(evaluate(rules, message).categories()).containsExactly("severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the pain is not sharp", "no sharp pain today", "a sharp idea", "it hurts less each week",
        "the sharp pain is getting less and less"})
    void negatedUnrelatedOrImprovingSeverityIsNone(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the pain is getting worse", "it hurts more and more", "increasing pain",
        "it's getting worse, not better", "pain went from 2 to 6",
        // session 5: still rising, a score and climbing
        "the cramps keep climbing since lunch", "it was fine this morning, now it's 6 and rising"})
    void escalatingPainIsSeekCare(String message) {
        assertThat(evaluate(rules, message).categories()).contains("escalating_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the pain came from nowhere, i'm curled up in a ball", "this pain is the worst i've ever had"})
    void curledUpOrTheWorstEverWithPainIsSuddenSeverePain(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).contains("sudden_severe_pain");
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"worst haircut i've ever had", "curled up on the sofa with a film"})
    void curledUpOrTheWorstEverWithoutPainIsNone(String message) {
        assertThat(evaluate(rules, message).level()).as(message).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my anxiety is getting worse", "it isn't getting worse", "what if the pain gets worse?",
        "the waiting list is 8 months and rising", "my confidence keeps going up each week"})
    void escalationOfSomethingElseNegatedOrHypotheticalIsNone(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sore for four days", "I've been aching since the weekend", "still aching 3 days on",
        "it has hurt for a week", "3 days later and still sore", "constant pain for months"})
    void painNotSettledAfter48HoursIsPersistent(String message) {
        assertThat(evaluate(rules, message).categories()).contains("persistent_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sore since yesterday", "I've been practising for two weeks and it hurts less",
        "I practise 3 days a week and it's a bit sore", "it was sore for two days but it settled",
        "sex has been painful for years"})
    void shortPracticeFrequencyResolvedOrChronicDescriptionsAreNotPersistent(String message) {
        assertThat(evaluate(rules, message).categories()).doesNotContain("persistent_pain");
    }

    @Test
    void theWorstPainOfMyLifeAsAPastYardstickIsNotAnEmergencyButAsAnEventItIs() {
        // safe (session 8): "was a tattoo / childbirth" compares; "was this morning" is the event itself
        assertThat(evaluate(rules, "the worst pain of my life was a tattoo lol").ruleIds())
                .doesNotContain("pain.sudden_severe");
        assertThat(evaluate(rules, "the worst pain of my life was childbirth, is the exam worse?").ruleIds())
                .doesNotContain("pain.sudden_severe");
        assertThat(evaluate(rules, "the worst pain of my life was this morning after the dilator").level())
                .isEqualTo(TriageLevel.EMERGENCY);
    }


    @Test
    void theWorstPainOfALifeAsAPastYardstickIsNotSevereNowEither() {
        // safe6 (2026-12-03): the yardstick quiets the severe words too, not only the emergency
        assertThat(evaluate(rules, "the worst pain of my life was labour, this is just pressure").level())
                .isEqualTo(TriageLevel.NONE);
        assertThat(evaluate(rules, "worst pain of my life last night, i was in tears").level())
                .isEqualTo(TriageLevel.EMERGENCY);
    }
}
