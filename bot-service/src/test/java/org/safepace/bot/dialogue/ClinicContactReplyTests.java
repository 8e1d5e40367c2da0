package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.clinic.ClinicProperties;
import org.safepace.bot.safety.SafetyContacts;
import org.safepace.bot.wording.ReplyWording;

class ClinicContactReplyTests {

    private static ReplyWording wording;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ClinicProperties CLINIC = new ClinicProperties("Riverside Pelvic Health", "020 7946 0000",
            "https://clinic.example/book", "the hospital's out-of-hours line on 020 7946 0999", LONDON,
            Map.of(DayOfWeek.MONDAY, "09:00-17:00", DayOfWeek.TUESDAY, "09:00-17:00"), List.of());

    @BeforeAll
    static void load() throws IOException {
        wording = ReplyWording.parse(Files.readString(Path.of("..", "prompts", "replies.yml")), "replies.yml");
    }

    private static String replyAt(String instant, ClinicProperties clinic) {
        ClinicHours hours = new ClinicHours(clinic, Clock.fixed(Instant.parse(instant), LONDON));
        return new ClinicContactReply(hours, SafetyContacts.defaults(), wording).text();
    }

    @Test
    void duringOpeningHoursSaysHowToReachTheClinic() {
        String reply = replyAt("2026-11-23T10:00:00Z", CLINIC); // a Monday morning

        assertThat(reply).contains("Riverside Pelvic Health is open right now", "020 7946 0000",
                "https://clinic.example/book");
    }

    @Test
    void whenClosedSaysWhenItOpensTheUrgentRouteAndWhatToDoMeanwhile() {
        String reply = replyAt("2026-11-24T22:30:00Z", CLINIC); // Tuesday night; next opening Monday

        assertThat(reply).contains("closed at the moment; it opens again on Monday 30 November at 09:00 "
                        + "(Europe/London time)",
                "the hospital's out-of-hours line", "emergency", "In the meantime").doesNotContain("Tonight");
    }

    @Test
    void withoutAClinicPointsToProfessionalsAndTheUrgentRoutes() {
        String reply = replyAt("2026-11-24T22:30:00Z", ClinicProperties.notConfigured());

        assertThat(reply).contains("physiotherapist", "out-of-hours", "999 in the UK");
    }

    @Test
    void aClinicWithOnlyAPhoneNumberStillReadsWell() {
        ClinicProperties phoneOnly = new ClinicProperties(null, "0800 000 000", null, null, LONDON,
                Map.of(DayOfWeek.MONDAY, "09:00-17:00"), List.of());

        assertThat(replyAt("2026-11-23T10:00:00Z", phoneOnly)).startsWith("The clinic is open right now")
                .contains("0800 000 000").doesNotContain("null");
    }
}
