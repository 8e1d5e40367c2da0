package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundCheckTests {

    private final OutboundCheck check = new OutboundCheck();

    @ParameterizedTest
    @ValueSource(strings = {"Just push through the pain, it gets easier.", "Try to ignore the pain for a minute.",
        "No pain, no gain!", "If it's tight, force it a little.", "Grit your teeth and keep going.",
        "Keep going even if it hurts."})
    void rejectsAdviceToPushThroughPain(String reply) {
        OutboundVerdict verdict = check.check(reply);
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reasons()).containsExactly("outbound.push_through_pain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Take 400mg of ibuprofen before practice.", "Ibuprofen 200 mg twice a day should help.",
        "Use lidocaine 5% gel before you start.", "Take 2 tablets an hour before.",
        "You could take paracetamol three times a day.", "Don't take more than 1000 mg of paracetamol."})
    void rejectsMedicineDoses(String reply) {
        OutboundVerdict verdict = check.check(reply);
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reasons()).containsExactly("outbound.medicine_dose");
    }

    @ParameterizedTest
    @ValueSource(strings = {"You have vaginismus.", "It sounds like you have an infection.", "This is definitely thrush.",
        "You've probably got vulvodynia.", "Your partner has vaginismus, so be patient."})
    void rejectsDiagnoses(String reply) {
        OutboundVerdict verdict = check.check(reply);
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reasons()).containsExactly("outbound.diagnosis");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pause and step back if pain rises above 2/10.", "Hold for 1-3 minutes, then rest.",
        "Never push through pain: it tightens the muscles.", "Don't force it; go back a size.",
        "If you have vaginismus, progress can be slow, and that's okay.",
        "Let a clinician know if you have ever been told you have endometriosis or vestibulodynia.",
        "Only a clinician can tell whether you have an infection.", "Practise for 10-15 minutes, 3 times a week.",
        "Use a pea-sized amount of water-based lubricant.", "Breathe in for 4 seconds and out for 6.",
        "A GP or pharmacist can advise on medicines and doses.", "There's no need to push through discomfort."})
    void allowsOurOwnGuidance(String reply) {
        OutboundVerdict verdict = check.check(reply);
        assertThat(verdict.reasons()).isEmpty();
        assertThat(verdict.allowed()).isTrue();
    }

    @Test
    void reportsEveryRuleBrokenAndLetsANullReplyPass() {
        OutboundVerdict verdict = check.check("You have an infection. Take 2 tablets and push through the pain.");
        assertThat(verdict.reasons()).containsExactly("outbound.push_through_pain", "outbound.medicine_dose",
                "outbound.diagnosis");
        assertThat(check.check(null).allowed()).isTrue();
    }
}
