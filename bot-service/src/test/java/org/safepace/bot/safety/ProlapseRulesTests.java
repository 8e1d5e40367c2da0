package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.safety.RuleTesting.evaluate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProlapseRulesTests {

    private final ProlapseRules rules = new ProlapseRules();

    @ParameterizedTest
    @ValueSource(strings = {"a bulge at the opening", "something bulging at the entrance", "it feels like something is falling out",
        "a heavy feeling down there", "a lump at the opening", "heaviness when I stand", "I think I have a prolaps"})
    void bulgeLumpOrHeavinessIsSeekCare(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).containsExactly("prolapse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no bulge, everything looks normal", "what are the signs of a prolapse?",
        "the dilator feels heavy in my hand", "my bag is heavy"})
    void negatedEducationalOrUnrelatedHeavinessIsNone(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }
}
