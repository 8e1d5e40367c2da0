package org.safepace.bot.safety;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.safety.AnalysedText.Term;

/** Vocabulary shared by several rule families: pain words, improvement, durations. */
final class Lexicon {

    private static final String NOT_NEGATION = "(?!(?:no|not|never|without|nothing|\\w+n't)\\b)";

    /** Up to n words between two parts of a pattern, never crossing punctuation (so never a sentence). */
    static final String GAP0_3 = "(?:" + NOT_NEGATION + "[\\w'-]+ ){0,3}";

    /** The gap words up to 2, never a negation ("he doesn't force me" is not "he ... force me"). */
    static final String GAP0_2 = "(?:" + NOT_NEGATION + "[\\w'-]+ ){0,2}";

    static final String PAIN_WORDS = "(?:pain(?:s|ful|fully)?|hurts?|hurting|hurted|ach(?:e|es|ing|y)|sore(?:ness)?"
            + "|tender(?:ness)?|cramp(?:s|ing|y)?|sting(?:s|ing)?|throb(?:s|bing)?|discomfort|twinges?|agony|burn(?:s|ing)?)";

    static final Term PAIN = Term.of("\\b" + PAIN_WORDS + "\\b",
            "pain", "hurt", "ach", "sore", "tender", "cramp", "sting", "throb", "discomfort", "twinge", "agony", "burn");

    /** Things getting better; checked with negation so "not better" does not count. */
    static final Term IMPROVEMENT = Term.of("\\b(?:less(?! than)|better|easier|improv(?:e|es|ed|ing|ement)"
            + "|eas(?:es|ed|ing)|settl(?:ed|ing|es)|fading|going down|gone down|down to|decreas(?:e|es|ed|ing)"
            + "|not as (?:bad|painful|sore|sharp)|more comfortable|calmed down)\\b",
            "less", "better", "easier", "improv", "eas", "settl", "fading", "down", "decreas", "not as",
            "comfortable");

    /** Practice being described, so a duration next to it is practice time, not pain time. */
    static final Pattern PRACTICE_BEFORE = Pattern.compile(
            "\\b(?:practi[sc]\\w*|training|dilat\\w*|using (?:it|them|the|a|my)|doing (?:this|it|the|exercises)"
            + "|trying|working on|sessions?|exercises|program(?:me)?|course|therapy)\\b");

    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:(?<n>\\d+(?:\\.\\d+)?|a|an|a few|few|a couple of|a couple|couple of|several|many|some|over a|more than a)"
                    + " (?:more |whole |full |long )?(?<u>hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?)"
                    + "|(?<bare>for (?:days|weeks|months|ages|years))"
                    + "|since (?:the |last |this )?(?<since>weekend|monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday|week|month|yesterday|night|morning|afternoon|earlier|christmas|new year|january|february"
                    + "|march|april|may|june|july|august|september|october|november|december)"
                    + "|all (?<all>week|weekend|month))\\b");

    private static final Pattern FREQUENCY_AFTER = Pattern.compile("^ (?:a|per|each|every) (?:week|day|month)\\b");
    private static final Pattern FUTURE_OR_FREQUENCY_BEFORE = Pattern.compile(
            "\\b(?:every|each|per|in|within|once|twice|next|another|for the next|the next)$");

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
        if (!t.containsAny(DURATION_GATES)) {
            return;
        }
        Matcher m = DURATION.matcher(t.text);
        m.region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            double hours = hours(m);
            if (hours <= 0) {
                continue;
            }
            int before = Math.max(from, m.start() - 16);
            String lead = t.text.substring(before, m.start()).trim();
            if (FUTURE_OR_FREQUENCY_BEFORE.matcher(lead).find()) {
                continue;
            }
            String tail = t.text.substring(m.end(), Math.min(t.text.length(), m.end() + 12));
            if (FREQUENCY_AFTER.matcher(tail).find()) {
                continue;
            }
            sink.accept(new Duration(m.start(), m.end(), hours));
        }
    }

    private static final String[] DURATION_GATES = {
        "hour", "hrs", "day", "night", "week", "wks", "month", "year", "ages", "since", "all week", "all weekend"};

    private static double hours(Matcher m) {
        if (m.group("u") != null) {
            String n = m.group("n");
            double count = switch (n) {
                case "a", "an", "some", "over a", "more than a" -> 1;
                case "a couple of", "a couple", "couple of" -> 2;
                case "a few", "few", "several" -> 3;
                case "many" -> 5;
                default -> Double.parseDouble(n);
            };
            String u = m.group("u");
            return count * unitHours(u);
        }
        if (m.group("bare") != null) {
            String bare = m.group("bare");
            return bare.endsWith("days") ? 72 : bare.endsWith("weeks") ? 336 : bare.endsWith("months") ? 2160 : 8760;
        }
        if (m.group("all") != null) {
            return switch (m.group("all")) {
                case "week" -> 120;
                case "weekend" -> 48;
                default -> 720;
            };
        }
        String since = m.group("since");
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
