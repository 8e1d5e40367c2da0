package org.safepace.bot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.clinic.ClinicProperties;

class SeekCareMessagesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SafetyContacts CONTACTS = new SafetyContacts("999", "NHS 111", "Samaritans 116 123",
            "Rape Crisis 0808 500 2222", "Refuge 0808 2000 247", "Respect 0808 802 4040");
    private static final ClinicProperties CLINIC = new ClinicProperties("Riverside Pelvic Health", "020 7946 0000",
            "https://riverside.example/book", null, LONDON,
            Map.of(DayOfWeek.MONDAY, "09:00-17:00", DayOfWeek.TUESDAY, "09:00-17:00", DayOfWeek.WEDNESDAY, "09:00-17:00",
                    DayOfWeek.THURSDAY, "09:00-17:00", DayOfWeek.FRIDAY, "09:00-13:00"), List.of());

    private final SafetyScreen screen = new SafetyScreen();

    private static SeekCareMessages messages(String instant) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of("UTC"));
        return new SeekCareMessages(CONTACTS, new ClinicHours(CLINIC, clock));
    }

    private static SeekCareMessages unconfigured() {
        return new SeekCareMessages(SafetyContacts.defaults(), new ClinicHours(ClinicProperties.notConfigured(),
                Clock.systemUTC()));
    }

    @Test
    void noneHasNoMessage() {
        assertThat(unconfigured().messageFor(SafetyDecision.NONE)).isEmpty();
    }

    @Test
    void emergencyTextSaysOnlyWhatToDoNow() {
        String text = messages("2026-03-02T10:00:00Z").messageFor(screen.screen("I'm soaking through a pad, it won't stop bleeding"));
        assertThat(text).startsWith("**Please call 999 now.**").contains("press");
        assertThat(text.toLowerCase()).doesNotContain("practice", "practis", "dilator size", "breath", "lubric",
                "riverside", "book", "2/10");
    }

    @Test
    void selfHarmEmergencyGivesTheEmergencyNumberAndTheCrisisLine() {
        String text = unconfigured().messageFor(screen.screen("I want to end it all"));
        assertThat(text).contains(SafetyContacts.DEFAULT_EMERGENCY).contains(SafetyContacts.DEFAULT_CRISIS);
    }

    @Test
    void crisisCategoriesIncludeTheirSupportLines() {
        assertThat(messages("2026-03-02T10:00:00Z").messageFor(screen.screen("I was raped last year")))
                .contains("Rape Crisis 0808 500 2222").contains("not your fault").doesNotContain("pause your practice");
        assertThat(messages("2026-03-02T10:00:00Z").messageFor(screen.screen("my husband hits me")))
                .contains("Refuge 0808 2000 247").contains("999");
    }

    @Test
    void seekCarePutsTheNextStepFirstAndPausesPractice() {
        String text = unconfigured().messageFor(screen.screen("I'm bleeding after my dilator"));
        assertThat(text).startsWith("**Please pause your practice until you've been checked")
                .contains("Bleeding").contains(SafetyContacts.DEFAULT_OUT_OF_HOURS).contains("keep talking");
    }

    @Test
    void whenTheClinicIsOpenItSaysSoWithHowToReachIt() {
        String text = messages("2026-03-02T10:00:00Z").messageFor(screen.screen("I have a fever"));
        assertThat(text).contains("Riverside Pelvic Health is open now: call 020 7946 0000 or book at "
                + "https://riverside.example/book.");
    }

    @Test
    void whenTheClinicIsClosedItSaysWhenItOpensAndTheRouteUntilThen() {
        // Friday 6 March 2026, 20:00 in London: closed until Monday 9 March at 09:00.
        String text = messages("2026-03-06T20:00:00Z").messageFor(screen.screen("I have a fever"));
        assertThat(text).contains("Riverside Pelvic Health is closed right now; it opens on Monday 9 March at 09:00 "
                + "(Europe/London time). If it can't wait until then, call NHS 111.");
    }

    @Test
    void closedOvernightOpensTomorrow() {
        String text = messages("2026-03-02T22:30:00Z").messageFor(screen.screen("there's a weird smell"));
        assertThat(text).contains("it opens tomorrow at 09:00 (Europe/London time)");
    }

    @Test
    void routineSuggestsAProfessionalWithoutAlarm() {
        String text = messages("2026-03-06T20:00:00Z").messageFor(screen.screen("How much ibuprofen should I take?"));
        assertThat(text).startsWith("**It would help to talk this through with a professional")
                .contains("can't diagnose").contains("When it's open, call 020 7946 0000")
                .doesNotContain("tonight").doesNotContain("Please call 999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm bleeding after my dilator", "I'm soaking through a pad", "the pain is 8/10",
        "I have a fever", "there's a bulge", "I was raped", "he hits me", "I want to die", "I'm in danger right now",
        "no progress after 6 weeks", "I have endometriosis and no doctor", "Do I have vaginismus?", "pain is 6/10",
        "sore for four days", "it's getting worse", "I fainted", "sudden severe pain"})
    void everyReplyIsCalmAndFreeOfBlame(String message) {
        SafetyDecision decision = screen.screen(message);
        assertThat(decision.level()).isNotEqualTo(TriageLevel.NONE);
        String text = messages("2026-03-02T10:00:00Z").messageFor(decision).toLowerCase();
        assertThat(text).isNotBlank().doesNotContain("you should have", "your own fault", "you failed", "careless",
                "overdid", "stupid", "silly", "too hard", "shouldn't have", "why did you", "!!", "<", ">");
        assertThat(text).doesNotContain("null");
        if (decision.level() != TriageLevel.EMERGENCY) {
            assertThat(text).containsAnyOf("keep talking", "keep going with anything");
        }
    }

    @Test
    void everyCategoryHasAdviceAtItsOwnLevel() {
        for (String category : SafetyTableTests.CATEGORIES) {
            boolean found = false;
            for (TriageLevel level : List.of(TriageLevel.EMERGENCY, TriageLevel.SEEK_CARE, TriageLevel.ROUTINE)) {
                for (RuleFamily family : SafetyScreen.FAMILIES) {
                    found |= family.advice(category, level, CONTACTS).isPresent();
                }
            }
            assertThat(found).as("advice for %s", category).isTrue();
        }
    }

    @Test
    void closedDateUsesTheNextOpenDay() {
        ClinicProperties clinic = new ClinicProperties("Clinic", "1", null, "the clinic's on-call line", LONDON,
                Map.of(DayOfWeek.MONDAY, "09:00-17:00", DayOfWeek.TUESDAY, "09:00-17:00"),
                List.of(LocalDate.of(2026, 3, 2)));
        SeekCareMessages messages = new SeekCareMessages(CONTACTS, new ClinicHours(clinic,
                Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC"))));
        assertThat(messages.messageFor(screen.screen("I have a fever")))
                .contains("Clinic is closed right now; it opens tomorrow at 09:00")
                .contains("call the clinic's on-call line.");
    }
}
