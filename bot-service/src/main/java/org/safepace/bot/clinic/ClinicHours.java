package org.safepace.bot.clinic;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.safepace.bot.clinic.ClinicProperties.OpeningRange;

/**
 * Whether the configured clinic is open now and when it next opens, in the clinic's own time zone.
 * Opening hours are wall-clock times, so they stay at 09:00 local across daylight-saving changes.
 */
public final class ClinicHours {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /** Far enough ahead to step over any run of closed dates (a long holiday closure). */
    private static final int SEARCH_DAYS = 400;

    private final ClinicProperties clinic;
    private final Clock clock;
    private final Set<LocalDate> closedDates;
    private final boolean hasHours;

    public ClinicHours(ClinicProperties clinic, Clock clock) {
        this.clinic = clinic == null ? ClinicProperties.notConfigured() : clinic;
        this.clock = clock == null ? Clock.systemDefaultZone() : clock;
        this.closedDates = new HashSet<>(this.clinic.closedDates());
        this.hasHours = this.clinic.openingHours().values().stream().anyMatch(v -> !v.isBlank()
                && !v.equalsIgnoreCase("closed"));
    }

    /** True when the clinic has a name or a phone number, i.e. there is something to point people to. */
    public boolean configured() {
        return clinic.name() != null || clinic.phone() != null;
    }

    /** Open at this instant (false when not configured or without opening hours). */
    public boolean isOpenNow() {
        if (!configured() || !hasHours) {
            return false;
        }
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(clinic.timeZone());
        LocalDate today = now.toLocalDate();
        if (closedDates.contains(today)) {
            return false;
        }
        for (OpeningRange range : clinic.rangesFor(today.getDayOfWeek())) {
            // Compare instants, not wall times, so a period that spans a DST change is still right.
            ZonedDateTime start = ZonedDateTime.of(today, range.start(), clinic.timeZone());
            ZonedDateTime end = range.end() == LocalTime.MAX ? today.plusDays(1).atStartOfDay(clinic.timeZone())
                    : ZonedDateTime.of(today, range.end(), clinic.timeZone());
            if (!now.isBefore(start) && now.isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of the next opening period after now, in the clinic's zone (if the clinic is open now, the start of
     * its following period). Empty when not configured or when no opening hours are set.
     */
    public Optional<ZonedDateTime> nextOpening() {
        if (!configured() || !hasHours) {
            return Optional.empty();
        }
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(clinic.timeZone());
        LocalDate day = now.toLocalDate();
        for (int i = 0; i <= SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (closedDates.contains(day)) {
                continue;
            }
            for (OpeningRange range : clinic.rangesFor(day.getDayOfWeek())) {
                // ZonedDateTime.of moves a time inside a spring-forward gap to just after the gap.
                ZonedDateTime start = ZonedDateTime.of(day, range.start(), clinic.timeZone());
                if (start.isAfter(now)) {
                    return Optional.of(start);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the clinic is open now or opens within {@code window} (WhatsApp: staff can answer only within 24 h). */
    public boolean opensWithin(java.time.Duration window) {
        java.time.Instant end = clock.instant().plus(window);
        return isOpenNow() || nextOpening().map(o -> o.toInstant().isBefore(end)).orElse(false);
    }

    /**
     * When the clinic next opens, in words: "today at 09:00", "tomorrow at 09:00" or "on Monday 3 March at 09:00",
     * followed by the zone ("(Europe/London time)"). The one wording of this fact for every reply that gives it.
     */
    public Optional<String> nextOpeningText() {
        return nextOpening().map(this::describe);
    }

    private String describe(ZonedDateTime opening) {
        LocalDate today = now().withZoneSameInstant(opening.getZone()).toLocalDate();
        LocalDate day = opening.toLocalDate();
        String time = TIME.format(opening);
        String zone = " (" + opening.getZone().getId() + " time)";
        if (day.equals(today)) {
            return "today at " + time + zone;
        }
        if (day.equals(today.plusDays(1))) {
            return "tomorrow at " + time + zone;
        }
        return "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth()
                + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + time + zone;
    }

    /** The current time in the clinic's zone (from the injected clock). */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(clinic.timeZone());
    }

    public ClinicProperties clinic() {
        return clinic;
    }
}
