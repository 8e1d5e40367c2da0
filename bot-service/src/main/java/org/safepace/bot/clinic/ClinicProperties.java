package org.safepace.bot.clinic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The clinic people are pointed to. Every field is optional: "not configured" is a valid state and the
 * messages then fall back to general routes (GP, out-of-hours line).
 *
 * @param name           shown in messages, e.g. "Riverside Pelvic Health"
 * @param phone          the clinic's phone number
 * @param bookingUrl     where to book online
 * @param outOfHoursLine the route for urgent questions while the clinic is closed
 * @param timeZone       the clinic's zone; opening hours are wall-clock times in it (default: the server's zone)
 * @param openingHours   per day, {@code "09:00-17:00"} or several ranges {@code "09:00-12:00,13:00-17:00"};
 *                       a missing day, a blank value or {@code "closed"} means closed all day
 * @param closedDates    whole days the clinic is closed (bank holidays, training days)
 */
@Validated
@ConfigurationProperties("safepace.clinic")
public record ClinicProperties(String name, String phone, String bookingUrl, String outOfHoursLine, ZoneId timeZone,
                               @ValidOpeningHours Map<DayOfWeek, String> openingHours, List<LocalDate> closedDates) {

    public ClinicProperties {
        name = blankToNull(name);
        phone = blankToNull(phone);
        bookingUrl = blankToNull(bookingUrl);
        outOfHoursLine = blankToNull(outOfHoursLine);
        timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        if (openingHours != null) {
            openingHours.forEach((day, value) -> hours.put(day, value == null ? "" : value.trim()));
        }
        openingHours = Map.copyOf(hours);
        closedDates = closedDates == null ? List.of() : List.copyOf(closedDates);
    }

    /** An unconfigured clinic: messages use the general routes. */
    public static ClinicProperties notConfigured() {
        return new ClinicProperties(null, null, null, null, null, null, null);
    }

    /** Opening ranges for a day, in order; empty when closed that day of the week. */
    List<OpeningRange> rangesFor(DayOfWeek day) {
        return parseRanges(day, openingHours.get(day));
    }

    /** One opening period within a day; {@code end} is exclusive, {@link LocalTime#MAX} stands for 24:00. */
    record OpeningRange(LocalTime start, LocalTime end) {
    }

    /** The ranges of one day's value, or an exception naming the day, the value and the problem. */
    static List<OpeningRange> parseRanges(DayOfWeek day, String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("closed")) {
            return List.of();
        }
        List<OpeningRange> ranges = new ArrayList<>();
        LocalTime previousEnd = LocalTime.MIN;
        for (String part : value.split(",")) {
            String[] times = part.trim().split("-");
            if (times.length != 2) {
                throw badHours(day, value, "expected HH:mm-HH:mm");
            }
            LocalTime start = parseTime(day, value, times[0].trim());
            LocalTime end = parseTime(day, value, times[1].trim());
            if (!end.isAfter(start)) {
                throw badHours(day, value, "a range must end after it starts (ranges past midnight are not supported)");
            }
            if (start.isBefore(previousEnd)) {
                throw badHours(day, value, "ranges must be in order and must not overlap");
            }
            ranges.add(new OpeningRange(start, end));
            previousEnd = end;
        }
        return List.copyOf(ranges);
    }

    private static LocalTime parseTime(DayOfWeek day, String value, String time) {
        if (time.equals("24:00")) {
            return LocalTime.MAX;
        }
        try {
            return LocalTime.parse(time);
        } catch (RuntimeException e) {
            throw badHours(day, value, "'" + time + "' is not a time like 09:00");
        }
    }

    private static IllegalArgumentException badHours(DayOfWeek day, String value, String why) {
        return new IllegalArgumentException("safepace.clinic.opening-hours." + day.name().toLowerCase(java.util.Locale.ROOT)
                + " = '" + value + "': " + why);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
