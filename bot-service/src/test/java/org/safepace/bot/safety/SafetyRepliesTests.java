package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words each situation gets: one instruction per situation, the right line first, nothing contradictory. */
class SafetyRepliesTests {

    private static final SafetyContacts CONTACTS = new SafetyContacts("999", "NHS 111", "Samaritans on 116 123",
            "Rape Crisis on 0808 500 2222", "Refuge on 0808 2000 247", "Respect on 0808 802 4040");

    private final SafetyScreen screen = new SafetyScreen();
    private final SeekCareMessages messages = new SeekCareMessages(CONTACTS, null);

    private String reply(String message) {
        return messages.messageFor(screen.screen(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i dont see the point in living anymore", "I want to end it all",
            "sometimes i wish i could just go to sleep and not wake up"})
    void suicidalThoughtsWithoutDangerPutACrisisLineFirstAndStayAnEmergency(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).isEqualTo(TriageLevel.EMERGENCY);
        String text = messages.messageFor(decision);
        assertThat(text).startsWith("**Please talk to someone now: you can call Samaritans on 116 123.**")
                .contains("call 999 now").doesNotContain("Please call 999 now");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ive been saving up my pills", "I took all my sleeping pills an hour ago", "i took all the tablets an hour ago",
            "i'm going to crash the car so he can be free of me", "I want to die and he has a knife"})
    void actedPreparedOrInDangerPutsTheEmergencyNumberFirst(String message) {
        assertThat(reply(message)).startsWith("**Please call 999 now.**");
    }

    @Test
    void theDefaultCrisisLineReadsAsLinesNotAsAFallbackToTheEmergencyNumber() {
        String text = new SeekCareMessages(SafetyContacts.defaults(), null).messageFor(screen.screen("I want to die"));
        assertThat(SafetyContacts.DEFAULT_CRISIS).contains("116 123").contains("988")
                .doesNotContain("emergency number");
        assertThat(text).contains("call " + SafetyContacts.DEFAULT_CRISIS + ".**");
    }

    @Test
    void feverWithSuddenSeverePainGivesOneInstructionAboutEatingAndDrinking() {
        String text = reply("I have a high fever of 39 and sudden severe pain").toLowerCase(Locale.ROOT);
        assertThat(text).contains("don't eat or drink").doesNotContain("sip", "drink water");
    }

    @ParameterizedTest
    @ValueSource(strings = {"she said stop but i kept going", "I forced her to have sex, she said stop",
            "i held her down a bit when she tensed"})
    void aPartnerWhoUsedForceGetsAFirmReplyOfTheirOwnNotAVictimsMessage(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).isEqualTo(TriageLevel.SEEK_CARE);
        assertThat(decision.categories()).containsExactly("partner_used_force");
        String text = messages.messageFor(decision);
        assertThat(text).startsWith("**Please stop any sexual contact now.**").contains("consent come first")
                .contains("Respect on 0808 802 4040").doesNotContain("not your fault", "Thank you for telling me",
                        "You deserve to feel safe", "pause your practice");
    }

    @Test
    void theLineForPeopleWhoHarmedAPartnerHasAUkAndUsDefault() {
        assertThat(SafetyContacts.defaults().harmedPartnerLine()).contains("0808 802 4040").contains("800-799-7233");
    }

    @Test
    void aRecentAssaultGetsTheOptionsWithTheirTimeLimitsAndTheChoiceIsTheirs() {
        String text = reply("I woke up and he was having sex with me, it was last night");
        assertThat(text).contains("not your fault").contains("emergency contraception").contains("72 hours")
                .contains("sexual assault referral centre").contains("choices from here are yours")
                .contains("Rape Crisis on 0808 500 2222").doesNotContain("pause your practice");
    }

    @Test
    void aPastAssaultWithSafetyNowGetsGentleGuidanceAndNoAcuteScript() {
        SafetyDecision decision = screen.screen("I was raped at 19, I'm safe now and I've been in therapy for a while");
        assertThat(decision.level()).isEqualTo(TriageLevel.ROUTINE);
        String text = messages.messageFor(decision);
        assertThat(text).contains("Going slower").contains("not your fault")
                .doesNotContain("72 hours", "emergency contraception", "forensic", "When it suits you");
    }

    @Test
    void pregnancyReplacesTheDilatorBleedingAdviceAndTheGeneralRoute() {
        String text = reply("I'm 10 weeks pregnant and spotting");
        assertThat(text).contains("early pregnancy unit").contains("shoulder")
                .doesNotContain("Use a pad rather than a tampon", "sexual health clinic or your pelvic-health");
    }

    @Test
    void afterAProcedureTheTeamThatDidItIsTheOneRoute() {
        String text = reply("I'm bleeding and have a fever after my vestibulectomy on Monday");
        assertThat(text).contains("the team that did it").doesNotContain("speak to a GP or nurse today",
                "pelvic-health physiotherapist. If they");
    }

    @Test
    void anAllergicEmergencyNamesTheAutoInjector() {
        SafetyDecision decision = screen.screen("my lips are swelling and I'm wheezing after the lube");
        assertThat(decision.level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(messages.messageFor(decision)).startsWith("**Please call 999 now.**").contains("auto-injector");
    }

    @Test
    void somethingStuckInsideIsCommonAndRemovable() {
        assertThat(reply("the cap came off and it's stuck inside")).contains("remove it").contains("tools");
    }

    @Test
    void aMessageNotInEnglishGetsAnHonestEnglishReplyWithTheEmergencyNumberAndACrisisLine() {
        String quiet = messages.otherLanguage(screen.screen("Hola, ¿cómo puedo empezar con los dilatadores?"));
        assertThat(quiet).startsWith("I'm sorry: SafePace can only read and answer messages in English")
                .contains("999").contains("Samaritans on 116 123");
        String urgent = messages.otherLanguage(screen.screen("Estoy sangrando mucho y no para"));
        assertThat(urgent).startsWith("**Please call 999 now.**").contains("only read and answer messages in English");
    }

    @Test
    void everySituationNamesItsSourceFreeRouteOnlyOnce() {
        for (String message : List.of("I'm 10 weeks pregnant and spotting", "I'm bleeding after my vestibulectomy",
                "I have a fever", "the lube made me itchy")) {
            String text = reply(message);
            assertThat(text.split("If anything gets worse", -1).length).as(message).isLessThanOrEqualTo(2);
        }
    }
}
