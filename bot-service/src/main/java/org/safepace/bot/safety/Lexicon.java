package org.safepace.bot.safety;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.safety.AnalysedText.Term;

/** Vocabulary shared by several rule families: pain words and improvement (pain-main.txt), durations. */
final class Lexicon {

    /** The vocabulary in {@code safety/lexicon/pain-main.txt}, read by several rule families. */
    static final Map<String, Term> PAIN_LEXICON = LexiconBuilder.load("pain-main");

    static final Term PAIN = LexiconBuilder.term(PAIN_LEXICON, "pain");

    /** Things getting better; checked with negation so "not better" does not count. */
    static final Term IMPROVEMENT = LexiconBuilder.term(PAIN_LEXICON, "improvement");

    /** Practice being described, so a duration next to it is practice time, not pain time. */
    static final Pattern PRACTICE_BEFORE = Pattern.compile(
            "\\b(?:practi[sc]\\w*|training|dilat\\w*|using (?:it|them|the|a|my)|doing (?:this|it|the|exercises)"
            + "|trying|working on|sessions?|exercises|program(?:me)?|course|therapy)\\b");

    /** A time unit; the quantity before it is read separately so the search can start at the unit word. */
    static final Term UNIT = Term.of("\\b(?:hours?|hrs?|days?|nights?|weekends?|weeks?|wks?|months?|years?|ages)\\b",
            "hour", "hrs", "day", "night", "week", "wks", "month", "year", "ages");

    /** The quantity right before a unit: "4 days", "a couple of weeks", "for days" (unspecified), "all week". */
    private static final Pattern QUANTITY_BEFORE = Pattern.compile(
            "(?:^|(?<=\\s))(?<n>\\d+(?:\\.\\d+)?|a|an|a few|few|a couple of|a couple|couple of|several|many|some|over a"
                    + "|more than a|for|all|the past|the last|past|last) (?:more |whole |full |long )?$");

    static final Term SINCE = Term.of("\\bsince (?:the |last |this )?(?<since>weekend|monday|tuesday|wednesday|thursday"
            + "|friday|saturday|sunday|week|month|yesterday|night|morning|afternoon|earlier|christmas|new year|january"
            + "|february|march|april|may|june|july|august|september|october|november|december)\\b", "since");

    private static final Pattern FREQUENCY_AFTER = Pattern.compile("^ (?:a|per|each|every) (?:week|day|month)\\b");
    private static final Pattern FUTURE_OR_FREQUENCY_BEFORE = Pattern.compile(
            "\\b(?:every|each|per|within|once|twice|next|another|for the next|the next|in the next)$");

    private Lexicon() {
    }

    /** A duration found in the text: where it is and how many hours it spans. */
    record Duration(int start, int end, double hours) {
    }

    /**
     * Durations in [from, to), skipping frequencies ("3 days a week") and future time ("in 2 weeks").
     * Calls back so no list is allocated on the hot path.
     */
    static void durations(AnalysedText t, int from, int to, java.util.function.Consumer<Duration> sink) {
        t.forEachMatch(UNIT, from, to, m -> {
            int unitStart = m.start();
            int windowStart = Math.max(t.sentenceStartOf(unitStart), unitStart - 24);
            Matcher q = QUANTITY_BEFORE.matcher(t.text);
            q.region(windowStart, unitStart);
            q.useTransparentBounds(true);
            if (!q.find()) {
                return true;
            }
            double hours = hours(q.group("n"), m.group());
            int start = q.start("n");
            if (hours > 0 && !frequencyOrFuture(t, from, start, m.end())) {
                sink.accept(new Duration(start, m.end(), hours));
            }
            return true;
        });
        t.forEachMatch(SINCE, from, to, m -> {
            sink.accept(new Duration(m.start(), m.end(), sinceHours(m.group("since"))));
            return true;
        });
    }

    private static boolean frequencyOrFuture(AnalysedText t, int from, int start, int end) {
        String lead = t.text.substring(Math.max(from, start - 16), start).trim();
        String tail = t.text.substring(end, Math.min(t.text.length(), end + 12));
        return FUTURE_OR_FREQUENCY_BEFORE.matcher(lead).find() || FREQUENCY_AFTER.matcher(tail).find();
    }

    private static double hours(String n, String unit) {
        switch (n) {
            case "for":
                // "for days", "for weeks": unspecified, but plural
                return unit.endsWith("s") ? 3 * unitHours(unit) : 0;
            case "all":
                return unit.startsWith("weekend") ? 48 : unit.startsWith("week") ? 120 : unit.startsWith("month") ? 720 : 0;
            case "the past", "the last", "past", "last":
                return unitHours(unit); // "the past week"; "the past 3 days" is read through its number
            default:
                break;
        }
        double count = switch (n) {
            case "a", "an", "some", "over a", "more than a" -> 1;
            case "a couple of", "a couple", "couple of" -> 2;
            case "a few", "few", "several" -> 3;
            case "many" -> 5;
            default -> Double.parseDouble(n);
        };
        return unit.startsWith("weekend") ? count * 48 : count * unitHours(unit);
    }

    private static double sinceHours(String since) {
        return switch (since) {
            case "yesterday" -> 24;
            case "night" -> 12;
            case "morning", "afternoon", "earlier" -> 6;
            case "weekend" -> 48;
            case "week" -> 168;
            case "month", "christmas", "new year" -> 720;
            case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" -> 72;
            default -> 1440; // a month name: assume it is a while ago
        };
    }

    private static double unitHours(String unit) {
        if (unit.startsWith("ages")) {
            return 8760;
        }
        if (unit.startsWith("h")) {
            return 1;
        }
        if (unit.startsWith("d") || unit.startsWith("n")) {
            return 24;
        }
        if (unit.startsWith("w")) {
            return 168;
        }
        if (unit.startsWith("m")) {
            return 720;
        }
        return 8760;
    }

    /** Is a practice word within three words before this offset ("practising for 2 weeks"). */
    static boolean practiceBefore(AnalysedText t, int offset) {
        int from = Math.max(t.sentenceStartOf(offset), offset - 40);
        Matcher m = PRACTICE_BEFORE.matcher(t.text);
        m.region(from, offset);
        m.useTransparentBounds(true);
        int lastEnd = -1;
        while (m.find()) {
            lastEnd = m.end();
        }
        if (lastEnd < 0) {
            return false;
        }
        String between = t.text.substring(lastEnd, offset).trim();
        int words = between.isEmpty() ? 0 : between.split(" ").length;
        return words <= 3 && !between.contains(",");
    }
}
