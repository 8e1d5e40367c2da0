package org.safepace.bot.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Opening hours with a fixed clock. Dates: 2 March 2026 is a Monday; the UK clocks go forward on 29 March 2026. */
class ClinicHoursTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Map<DayOfWeek, String> WEEKDAYS = Map.of(DayOfWeek.MONDAY, "09:00-17:00",
            DayOfWeek.TUESDAY, "09:00-17:00", DayOfWeek.WEDNESDAY, "09:00-12:00,13:00-17:00",
            DayOfWeek.THURSDAY, "09:00-17:00", DayOfWeek.FRIDAY, "09:00-13:00");

    private static ClinicHours at(String instant, List<LocalDate> closed) {
        ClinicProperties clinic = new ClinicProperties("Riverside", "020 7946 0000", null, null, LONDON, WEEKDAYS, closed);
        return new ClinicHours(clinic, Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")));
    }

    private static ClinicHours at(String instant) {
        return at(instant, List.of());
    }

    @Test
    void openDuringHoursAndClosedOutsideThem() {
        assertThat(at("2026-03-02T10:00:00Z").isOpenNow()).isTrue();
        assertThat(at("2026-03-02T08:59:59Z").isOpenNow()).isFalse();
        assertThat(at("2026-03-02T09:00:00Z").isOpenNow()).isTrue();
        assertThat(at("2026-03-02T17:00:00Z").isOpenNow()).isFalse(); // the end is exclusive
        assertThat(at("2026-03-07T11:00:00Z").isOpenNow()).isFalse(); // Saturday: no hours configured
    }

    @Test
    void aLunchBreakBetweenTwoRangesIsClosedAndOpensAtTheSecondRange() {
        ClinicHours hours = at("2026-03-04T12:30:00Z");
        assertThat(hours.isOpenNow()).isFalse();
        assertThat(hours.nextOpening()).contains(ZonedDateTime.of(2026, 3, 4, 13, 0, 0, 0, LONDON));
    }

    @Test
    void nextOpeningCrossesTheWeekBoundaryFromFridayAfternoonToMonday() {
        ClinicHours hours = at("2026-03-06T14:00:00Z");
        assertThat(hours.isOpenNow()).isFalse();
        assertThat(hours.nextOpening()).contains(ZonedDateTime.of(2026, 3, 9, 9, 0, 0, 0, LONDON));
        assertThat(at("2026-03-08T23:59:00Z").nextOpening()).contains(ZonedDateTime.of(2026, 3, 9, 9, 0, 0, 0, LONDON));
    }

    @Test
    void whileOpenTheNextOpeningIsTheFollowingPeriod() {
        assertThat(at("2026-03-02T10:00:00Z").nextOpening()).contains(ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, LONDON));
    }

    @Test
    void aClosedDateIsClosedAllDayAndSkipped() {
        ClinicHours hours = at("2026-03-02T10:00:00Z", List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)));
        assertThat(hours.isOpenNow()).isFalse();
        assertThat(hours.nextOpening()).contains(ZonedDateTime.of(2026, 3, 4, 9, 0, 0, 0, LONDON));
    }

    @Test
    void openingHoursStayAtLocalWallClockTimeAcrossTheDaylightSavingChange() {
        // Monday 30 March 2026 is in British Summer Time: 09:00 local is 08:00 UTC.
        assertThat(at("2026-03-30T08:30:00Z").isOpenNow()).isTrue();
        assertThat(at("2026-03-30T07:30:00Z").isOpenNow()).isFalse();
        ZonedDateTime monday = at("2026-03-27T18:00:00Z").nextOpening().orElseThrow();
        assertThat(monday).isEqualTo(ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, LONDON));
        assertThat(monday.toInstant()).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        // And back again in October: Monday 26 October 09:00 is 09:00 UTC.
        assertThat(at("2026-10-23T18:00:00Z").nextOpening().orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
    }

    @Test
    void anOpeningTimeInsideTheSpringForwardGapMovesToJustAfterIt() {
        ClinicProperties clinic = new ClinicProperties("Night clinic", "1", null, null, LONDON,
                Map.of(DayOfWeek.SUNDAY, "01:30-04:00"), List.of());
        ClinicHours hours = new ClinicHours(clinic, Clock.fixed(Instant.parse("2026-03-28T23:00:00Z"), ZoneId.of("UTC")));
        assertThat(hours.nextOpening().orElseThrow().toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void usesTheClinicsZoneNotTheClocksZone() {
        ClinicProperties clinic = new ClinicProperties("NYC", "1", null, null, ZoneId.of("America/New_York"),
                Map.of(DayOfWeek.MONDAY, "09:00-17:00"), List.of());
        // 15:00 UTC on Monday 2 March is 10:00 in New York.
        ClinicHours hours = new ClinicHours(clinic, Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), LONDON));
        assertThat(hours.isOpenNow()).isTrue();
        assertThat(hours.now().getZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void anOpenAllDayRangeEndsAtMidnight() {
        ClinicProperties clinic = new ClinicProperties("24h", "1", null, null, LONDON,
                Map.of(DayOfWeek.MONDAY, "00:00-24:00"), List.of());
        assertThat(new ClinicHours(clinic, Clock.fixed(Instant.parse("2026-03-02T23:59:00Z"), ZoneId.of("UTC")))
                .isOpenNow()).isTrue();
    }

    @Test
    void notConfiguredIsAValidState() {
        ClinicHours hours = new ClinicHours(ClinicProperties.notConfigured(), Clock.systemUTC());
        assertThat(hours.configured()).isFalse();
        assertThat(hours.isOpenNow()).isFalse();
        assertThat(hours.nextOpening()).isEmpty();
        assertThat(hours.clinic().openingHours()).isEmpty();
    }

    @Test
    void configuredWithoutHoursHasNoNextOpening() {
        ClinicProperties clinic = new ClinicProperties("Riverside", "1", null, null, LONDON, null, null);
        ClinicHours hours = new ClinicHours(clinic, Clock.systemUTC());
        assertThat(hours.configured()).isTrue();
        assertThat(hours.isOpenNow()).isFalse();
        assertThat(hours.nextOpening()).isEmpty();
    }
}
