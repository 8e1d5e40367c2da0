package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.safety.RuleTesting.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeverInfectionRulesTests {

    private final FeverInfectionRules rules = new FeverInfectionRules();

    @ParameterizedTest
    @ValueSource(strings = {"I have a fever", "running a temperature", "my temperature is 38.4", "chills all night",
        "hot and shivery", "a temprature of 38", "I'm fevarish", "it's 101 F"})
    void feverAndChillsAreSeekCare(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).containsExactly("fever");
    }

    @Test
    void highFeverWithVomitingOrSeverePainIsAnEmergency() {
        assertThat(evaluate(rules, "high fever and I keep throwing up").level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(evaluate(rules, "temperature of 39.6 and excruciating pain").ruleIds())
                .contains("fever.high_with_severe_pain_or_vomiting");
        assertThat(evaluate(rules, "high fever but no other symptoms").level()).isEqualTo(TriageLevel.SEEK_CARE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I don't have a temperature", "warm it to body temperature", "room temperature lube",
        "is a fever something to worry about in general?", "that song gave me chills", "fewer sessions this week",
        "I had a fever last year"})
    void negatedEducationalLookAlikeOrPastFeverIsNone(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a foul smell", "unusual discharge", "it stings when I pee", "swollen and itchy",
        "I think it's thrush", "yellow discharge", "there are blisters"})
    void signsOfInfectionAreSeekCare(String message) {
        assertThat(evaluate(rules, message).categories()).containsExactly("infection");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I had thrush two years ago, it's fine now", "can dilators cause an infection?",
        "no itching or swelling", "the swab ruled out infection", "an insertion went fine"})
    void pastEducationalNegatedOrLookAlikeInfectionIsNone(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }
}
