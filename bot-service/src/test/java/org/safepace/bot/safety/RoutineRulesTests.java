package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.safety.RuleTesting.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutineRulesTests {

    private final RoutineRules rules = new RoutineRules();

    @Test
    void noProgressNeedsAboutFourWeeksOfPractice() {
        assertThat(evaluate(rules, "no progress after 6 weeks").ruleIds()).containsExactly("routine.no_progress_4_weeks");
        assertThat(evaluate(rules, "stuck on the same size for two months").categories()).containsExactly("no_progress");
        assertThat(evaluate(rules, "no progress after two weeks").level()).isEqualTo(TriageLevel.NONE);
        assertThat(evaluate(rules, "no progress yet").level()).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have endometriosis and no doctor", "my partner has lichen sclerosus",
        "I've got vestibulodynia but I'm not seeing anyone", "past trauma I've never told anyone about"})
    void conditionsWithoutCareAreRoutine(String message) {
        assertThat(evaluate(rules, message).categories()).containsExactly("condition_without_care");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have endometriosis and my gynaecologist manages it", "I'm seeing a therapist for past trauma",
        "what is vestibulodynia?", "can endometriosis cause pain?", "I don't have endometriosis"})
    void conditionsWithCareEducationOrNegatedAreNone(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"How much ibuprofen should I take?", "Can I use lidocaine?", "what dose of diazepam?",
        "Do I have vaginismus?", "Could this be vulvodynia?", "what's wrong with me?"})
    void requestsForMedicinesDosesOrADiagnosisAreRoutine(String message) {
        assertThat(evaluate(rules, message).categories()).containsExactly("medication_or_diagnosis");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I take ibuprofen for headaches sometimes", "my physio prescribed dilators",
        "do I have to use lube?", "my meditation app helps",
        // Found in the dev replies: a diagnosis told, not asked; "normal or should I stop?" asks about practice.
        "married 3 years, she got diagnosed this summer and has started physio",
        "the new dilator size feels a bit stretchy for the first minute. is that normal or should i stop?"})
    void mentionsWithoutARequestAreNone(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }
}
