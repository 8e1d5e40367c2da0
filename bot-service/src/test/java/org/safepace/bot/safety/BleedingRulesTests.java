package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.safety.RuleTesting.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BleedingRulesTests {

    private final BleedingRules rules = new BleedingRules();

    @Test
    void bleedingAfterADilatorIsSeekCareWithItsRuleId() {
        Finding finding = evaluate(rules, "I'm bleeding after my dilator");
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).containsExactly("bleeding");
        assertThat(finding.ruleIds()).containsExactly("bleeding.any");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soaking through a pad every hour", "there is a lot of blood", "it won't stop bleeding",
        "the bleeding hasn't stopped", "passing large clots", "I can't stop the bleeding"})
    void heavyOrUnstoppableBleedingIsAnEmergency(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).contains("heavy_bleeding");
    }

    /** The exclusions after "blood" are whole words: "blood tests" is not bleeding, "blood flowing" is. */
    @ParameterizedTest
    @ValueSource(strings = {"there's blood flowing down my leg", "blood streaming out after the dilator",
        "my pad is blood-soaked"})
    void bloodThatFlowsIsBleeding(String message) {
        assertThat(evaluate(rules, message).categories()).contains("bleeding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my blood tests came back fine", "good blood flow helps arousal", "more blood flows to the vulva",
        "I'm a blood donor"})
    void bloodWordsThatAreNotBleedingStayQuiet(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void notALotOfBloodIsStillBleedingButNotHeavy() {
        Finding finding = evaluate(rules, "It's not a lot of blood, just a few drops");
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).containsExactly("bleeding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"There wasn't any blood", "no bleeding at all", "I had a blood test", "my blood pressure is fine",
        "I'm on my period", "My period is heavy this month", "I'm breeding dogs", "what if I bleed?"})
    void negatedUnrelatedPeriodAndHypotheticalBloodIsNone(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void bleedingBetweenPeriodsIsNotExcusedAsAPeriod() {
        assertThat(evaluate(rules, "bleeding between periods").categories()).containsExactly("bleeding");
    }

    @Test
    void fainting_isAnEmergencyOnItsOwn_dizzinessOnlyWithBleedingOrPain() {
        assertThat(evaluate(rules, "I fainted in the shower").ruleIds()).containsExactly("fainting.lost_consciousness");
        assertThat(evaluate(rules, "I feel dizzy and it hurts").ruleIds())
                .containsExactly("fainting.dizzy_with_bleeding_or_pain");
        assertThat(evaluate(rules, "I feel a bit dizzy from the heat").level()).isEqualTo(TriageLevel.NONE);
    }

    // Session 5 (issue 11): texting intensifiers, blood dripping onto the floor, bleeding that won't let up.
    @ParameterizedTest
    @ValueSource(strings = {"im bleeding rly bad after the dilator", "blood is dripping onto the bathroom floor",
        "there's blood and it won't let up"})
    void heavyBleedingInShorthandIsAnEmergency(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).contains("heavy_bleeding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"the shower keeps dripping on the floor", "no bleeding but the cramps won't let up",
        "a little spotting, it won't let me relax though"})
    void drippingOrNotLettingUpWithoutHeavyBloodIsNotHeavy(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).doesNotContain("heavy_bleeding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a bit of bleeding after sex and my period ended a week ago",
        "bleeding with cramps like period pain", "some spotting during sex, it's near my period"})
    void aPeriodThatIsOverOrOnlyAComparisonDoesNotExcuseBleeding(String message) {
        assertThat(evaluate(rules, message).categories()).as(message).containsExactly("bleeding");
    }

    @Test
    void muchBloodForHoursAndAPaleFaceAreAnEmergency() {
        Finding finding = evaluate(rules, "my wife have blood much since 3 hours and she is white colour");
        assertThat(finding.categories()).contains("heavy_bleeding", "fainting");
        assertThat(evaluate(rules, "the discharge is white colour and a bit sore").categories()).doesNotContain("fainting");
    }

    @Test
    void aPeriodItselfIsStillNotARedFlag() {
        assertThat(evaluate(rules, "my period came this morning with the usual bleeding").level()).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void misspelledBleedingIsCaught() {
        assertThat(evaluate(rules, "I think I'm bleedign").categories()).containsExactly("bleeding");
    }

    @Test
    void emergencyAdviceSaysWhatToDoNowAndSeekCareAdviceSaysWhy() {
        SafetyContacts contacts = SafetyContacts.defaults();
        assertThat(rules.advice("heavy_bleeding", TriageLevel.EMERGENCY, contacts)).get().asString()
                .contains("press");
        assertThat(rules.advice("bleeding", TriageLevel.SEEK_CARE, contacts)).get().asString()
                .contains("stop using the dilator");
        assertThat(rules.advice("fever", TriageLevel.SEEK_CARE, contacts)).isEmpty();
    }
}
