package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepace.bot.safety.RuleTesting.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisRulesTests {

    private final CrisisRules rules = new CrisisRules();

    @ParameterizedTest
    @ValueSource(strings = {"I want to end it all", "I've had suicidal thoughts", "I want to kill myself",
        "what if I just ended it all", "I don't want to be alive", "I've been self-harming", "sucidal again",
        // a worry about injury quiets only its own words, and only with going too fast in the same sentence
        "she's been so low lately and i'm worried she'll hurt herself",
        "she wants to rush it and says she'd be better off dead, i'm worried she'll hurt herself",
        "i want to rush it and i'm scared i'll hurt myself"})
    void thoughtsOfSuicideOrSelfHarmAreAnEmergencyEvenAsAWhatIf(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(finding.categories()).containsExactly("self_harm");
    }

    @Test
    void pastSelfHarmKeepsTheSupportLineWithoutAnEmergency() {
        Finding finding = evaluate(rules, "I used to self-harm as a teenager");
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.ruleIds()).containsExactly("crisis.self_harm_history");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm not suicidal", "I would never hurt myself", "I'll end it there for today",
        "I'm ending things with my ex", "I could die of embarrassment", "I hurt myself with the dilator edge",
        "she wants to go faster than the plan and i'm worried she'll hurt herself"})
    void negatedOrEverydayPhrasesAreNotSelfHarm(String message) {
        assertThat(evaluate(rules, message).categories()).doesNotContain("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm in danger right now", "he's going to kill me", "I'm scared for my life"})
    void dangerNowIsAnEmergency(String message) {
        assertThat(evaluate(rules, message).categories()).contains("danger_now");
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.EMERGENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I was raped", "I was raped last night", "he didn't stop when I said no",
        "it was without my consent", "I was sexually assaulted", "I woke up and he was having sex with me",
        "I said no but he carried on", "I was really drunk at a party and a guy had sex with me",
        "I was raped years ago and it happened again last weekend",
        // a sentence ending in "he didn't." before more text (the phrase's <end> once only matched the message's end)
        "I said no but he didn't. Now I'm scared", "I told him to stop and he wouldn't. I feel sick"})
    void recentOrUndatedSexualAssaultIsSeekCare(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(finding.categories()).containsExactly("sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I was raped years ago", "I was sexually abused as a child, I'm safe now",
        "a man forced me at university, I see a counsellor now"})
    void pastAssaultWithSafetyNowGetsGentleGuidanceNotTheAcuteScript(String message) {
        Finding finding = evaluate(rules, message);
        assertThat(finding.level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(finding.categories()).containsExactly("past_sexual_assault");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my husband forces me to have sex", "he hits me", "she threatens me",
        "he says he'll leave me if I don't have sex", "I'm scared of my boyfriend", "I don't feel safe at home",
        "my partner pressures me into sex", "he holds me still when i try to pull away", "he held my wrists"})
    void abuseOrCoercionIsSeekCare(String message) {
        assertThat(evaluate(rules, message).categories()).containsExactly("abuse_or_coercion");
    }

    @ParameterizedTest
    @ValueSource(strings = {"he doesn't force me", "my partner never pressures me", "she pushes me away when I try to cuddle",
        "she pushes the dilator in slowly", "I forced the dilator in", "is vaginismus caused by rape?",
        "i cried after we tried and he just held me", "she cried after a session and i didn't know what to do"})
    void negatedSelfDirectedOrEducationalIsNotAbuse(String message) {
        assertThat(evaluate(rules, message).level()).isEqualTo(TriageLevel.NONE);
    }

    @Test
    void crisisAdviceCarriesTheConfiguredSupportLines() {
        SafetyContacts contacts = new SafetyContacts("112", "116 117", "CRISIS-LINE", "ASSAULT-LINE", "ABUSE-LINE", "HARMED-PARTNER-LINE");
        assertThat(rules.advice("self_harm", TriageLevel.EMERGENCY, contacts)).get().asString().contains("CRISIS-LINE");
        assertThat(rules.advice("sexual_assault", TriageLevel.SEEK_CARE, contacts)).get().asString()
                .contains("ASSAULT-LINE");
        assertThat(rules.advice("abuse_or_coercion", TriageLevel.SEEK_CARE, contacts)).get().asString()
                .contains("ABUSE-LINE").contains("112");
    }
}
