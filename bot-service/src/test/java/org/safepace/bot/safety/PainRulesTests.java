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

    @ParameterizedTest
    @ValueSource(strings = {"it was a 3 on monday, a 6 on wednesday and today its an 8", "her pain went 4, 6, now 9",
        "the soreness was 2/10 yesterday, 5/10 in the evening and now 7/10", "pain scores this week: 2, 4, 6, 8.",
        "it hurst like a 3 on tuesday then a 5 and today a 7",
        "my pain is going 3 out of 10, then 5 out of 10, now is 8",
        "the pa\u200Bin was a 4, by to\u200Bnight a 9"})
    void painScoresRisingInASeriesToSevenOrMoreAreEscalatingAndSevere(String message) {
        // pain7 (2026-12-03): the series reader; "score_7_or_more" may read the last one too
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).as(message).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).as(message).contains("escalating_pain", "severe_pain");
        assertThat(finding.ruleIds()).as(message).containsAnyOf("pain.score_series", "pain.score_rising");
    }

    @Test
    void aSeriesWithoutAnotherScoreReaderGivesBothItsRuleIds() {
        assertThat(evaluate(rules, "it was a 3 on monday, a 6 on wednesday and today its an 8").ruleIds())
                .containsExactly("pain.score_series", "pain.score_series_severe");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // falling, or rising but below 7
        "it was 7, now a 2", "it hurt like a 6 the first week, then a 4, now barely a 2", "the pain went 2, 3, then 4",
        // sizes, days, ages, times, counts, chapters
        "i went from size 3 to size 5 and it only stung a little", "i do my dilators 3 times a week, day 6 today",
        "used a 3 on monday, a 5 on wednesday and today a 7", "the kids are 4, 6 and 9 and my back hurts",
        "our appointments are at 3, 5 and 8 oclock", "we are on chapter 3, 5 and 8 of the book about pain",
        // the comfort rule and a scale
        "my physio said stay under 2 out of 10 and stop before it gets to a 3 or 4",
        "on a scale of 1 to 10 how much should a dilator hurt? mine is like a 2",
        // hypothetical, negated, someone else's past
        "what if the pain goes from a 2 to a 6 next time", "what if it goes 3, 5 then 8?",
        "i dont think it went 3, 5, 8, the pain is fine",
        "my friend said her pain went 3, 5, 8 after her smear and now im scared"})
    void seriesThatFallOrAreNotPainScoresAreNotEscalating(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).doesNotContain("escalating_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the pain is spreading to my lower belly and my back, its an 8 out of 10",
        "since yesterday the ache is spreading down my thighs and it feels really sharp",
        "radiating pain into my back, excruciating"})
    void spreadingPainWithASeverityIsEscalating(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).contains("escalating_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the pain spreads to my legs sometimes, like a 3",
        "the pain isnt spreading and its not sharp",
        "the pain is not spreading and its only a 2 out of 10", "the warmth spreads through my back, lovely and calm"})
    void spreadingWithoutASeverityNegatedOrWithoutPainIsNotEscalating(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).doesNotContain("escalating_pain");
    }

    // pain8 (2026-12-03): the single-score reader

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the score said with a past time is the earlier one, wherever it stands
        "the ache is a 6 out of 10 now, it was a 3 yesterday | 6", "the pain tonight is a 7, it was a 4 last night | 7",
        "it was a 2 at first and now its a 6 out of 10 | 6",
        // both without a past time: the higher one stands
        "the pain is 4/10 when resting but 9/10 when he moves | 9",
        // non-native scores over ten, and "it's a N when ..." as a score without a pain word
        "i have pain 7 from 10 | 7", "the pain is 8 of 10 | 8", "its now a 6 whenever the trainer is fully in | 6"})
    void theScoreSaidNowIsTheCurrentOne(String message, int expected) {
        assertThat(PainRules.currentScore(TextAnalyser.analyse(message))).as(message).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a negated pain word does not make a bare number a score
        "we moved up through a 4, a 5 and a 7 with no pain at all",
        // a time of day after "at", a limit before the number
        "my kids are 6 and 9 so we practise at 8 when the house is quiet, the pain is fine",
        "the pain stays low, we always stop before it gets to a 5", "we never let the pain get to a 6",
        // ten days, not a score over ten
        "8 of 10 days were fine and the pain is small"})
    void numbersBesideANegatedPainALimitOrATimeAreNotCurrentScores(String message) {
        assertThat(PainRules.currentScore(TextAnalyser.analyse(message))).as(message).isLessThan(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"it slides in fine but once i move it it hurts so much, is that normal",
        "the trainer goes in ok, moving it in and out hurts too much though"})
    void strongWordsAboutMovingDuringPracticeAloneAreNotSeverePain(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).doesNotContain("severe_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"when i move it it hurts so much that i cried", "every time he moves it hurts so much, i cant take it",
        "when he moves it hurts so much and it was still aching the next day", "it hurts so much every time we try",
        "moving it the pain is unbearable", "the pain is so bad i cant stand it"})
    void strongWordsWithTearsPainThatStaysOrNotBorneStaySevere(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).contains("severe_pain");
    }
}
