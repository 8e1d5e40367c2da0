package org.safepace.bot.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contractions typed without their apostrophe that are also words: "hell" (he'll), "shell" (she'll), "ill" (i'll)
 * and "id" (i'd). Texting drops the apostrophe ("im scared hell hurt me tonight", "planning how id do it"), so the
 * rules read them as the contraction when the words around say so: a word follows that could be the verb, and
 * neither neighbour is one that makes the plain word ("hurts like hell", "come out of my shell", "i feel ill all
 * the time", "show my id card"). A step of {@link TextNormaliser}, so the rules and the one query vector read the
 * same words (the embedding, too, hears "ill do it on sunday" as an illness). Any case in, the contraction out in
 * lower case, as {@link Shorthand} writes its words; it never removes a word a negation or a history cue needs.
 */
final class UnmarkedContractions {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\w'-])(hell|shell|ill|id)(?= ([a-z][a-z']*))",
            Pattern.CASE_INSENSITIVE);

    private static final String[] WORDS = {"hell", "shell", "ill", "id"};

    /** Words after "hell"/"shell" that make it the plain word ("hell of a week", "hell no", "shell shocked"). */
    private static final Set<String> NOT_AFTER_HELL = Set.of("of", "no", "yes", "yeah", "yea", "and", "or", "with",
            "is", "was", "week", "weeks", "out", "on", "for", "to", "in", "at", "but", "i", "im", "i'm", "it", "its",
            "it's", "that", "this", "the", "a", "an", "as", "about", "hole", "shocked", "shock", "night", "nights",
            "year", "years", "month", "months", "lot", "so", "like", "from", "because", "bc", "now", "then", "when",
            "every", "all", "since", "knows", "fire", "raiser", "bent", "suit", "fish", "shaped");

    /** Words before "hell"/"shell" that make it the plain word ("a living hell", "out of my shell"). */
    private static final Set<String> NOT_BEFORE_HELL = Set.of("the", "like", "through", "thru", "to", "a",
            "living", "pure", "absolute", "bloody", "been", "is", "was", "its", "it's", "from", "in", "of",
            "holy", "sheer", "literal", "literally", "total", "hell", "my", "own", "your", "our", "their", "his",
            "her", "egg", "sea", "this", "hurts", "hurt", "hurting", "felt", "feels", "feel", "as", "than", "go",
            "went", "real", "such", "oh", "heck", "hard", "tortoise", "turtle", "nut", "coconut");

    /** Words before "ill" that make it the adjective ("i feel ill", "mentally ill", "been ill"). */
    private static final Set<String> NOT_BEFORE_ILL = Set.of("feel", "feels", "feeling", "felt", "so", "very",
            "really", "been", "be", "being", "is", "was", "are", "were", "am", "i'm", "im", "he's", "she's", "hes",
            "shes", "mentally", "terminally", "seriously", "chronically", "critically", "gravely", "physically",
            "properly", "horribly", "got", "get", "gets", "getting", "fall", "fell", "falls", "falling", "look",
            "looks", "looked", "looking", "become", "became", "quite", "too", "an", "of", "the", "bit", "little",
            "slightly", "super", "make", "makes", "made", "making", "more", "less", "pretty", "always", "often",
            "still", "sound", "sounds", "seem", "seems", "seemed", "bring", "brings", "speak", "speaks", "spoke",
            "think", "thinks", "thought", "wish", "wished", "mean", "no", "taken", "fallen", "those", "these");

    /** Words after "ill" that make it the adjective or noun ("ill health", "ill with flu", "ill again"). */
    private static final Set<String> NOT_AFTER_ILL = Set.of("health", "and", "or", "with", "again", "from", "for",
            "at", "after", "in", "since", "today", "tonight", "lately", "all", "people", "effects", "effect",
            "person", "to", "because", "bc", "when", "now", "recently", "before", "during", "as", "but", "so",
            "the", "a", "my", "that", "this", "it", "enough", "than", "feeling", "treated", "will", "on", "off",
            "last", "yesterday", "feelings", "advised", "fated", "way", "i");

    /** Words after "id" that make it an identity document ("id card", "photo id please"). */
    private static final Set<String> NOT_AFTER_ID = Set.of("card", "cards", "number", "numbers", "badge", "check",
            "checks", "please", "and", "or", "document", "documents", "photo", "to", "for", "on", "in", "at", "the",
            "a", "is", "was", "theft", "required", "needed", "with", "scan", "so", "but", "because", "bc", "when",
            "it", "that", "this", "i", "my");

    /** Words before "id" that make it an identity document ("my id", "show your id"). */
    private static final Set<String> NOT_BEFORE_ID = Set.of("my", "your", "his", "her", "their", "our", "photo",
            "an", "the", "with", "show", "no", "valid", "student", "any", "of", "for", "fake", "staff", "caller",
            "user", "patient", "apple", "email", "need", "needs", "needed", "showed", "bring", "brought", "forgot",
            "lost", "national", "id", "some", "without", "new", "old", "gov", "government");

    private UnmarkedContractions() {
    }

    /** The matching-form text with those words written as contractions where they are; the same instance if none. */
    static String restore(String text) {
        if (!mayHold(text)) {
            return text; // almost every message: none of the four words
        }
        Matcher m = CANDIDATE.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            String next = m.group(2).toLowerCase(Locale.ROOT);
            String previous = previousWord(text, m.start()).toLowerCase(Locale.ROOT);
            String contraction = switch (word) {
                case "hell", "shell" -> !NOT_AFTER_HELL.contains(next) && !NOT_BEFORE_HELL.contains(previous)
                        ? (word.equals("hell") ? "he'll" : "she'll") : null;
                case "ill" -> !NOT_AFTER_ILL.contains(next) && !NOT_BEFORE_ILL.contains(previous) ? "i'll" : null;
                default -> !NOT_AFTER_ID.contains(next) && !NOT_BEFORE_ID.contains(previous) ? "i'd" : null;
            };
            if (contraction != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8);
                }
                out.append(text, copied, m.start()).append(contraction);
                copied = m.end();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** A cheap first look, in any case: is one of the four words followed by a space ("will " and "all " are not)? */
    private static boolean mayHold(String text) {
        for (int space = text.indexOf(' ', 2); space > 0; space = text.indexOf(' ', space + 1)) {
            char last = (char) (text.charAt(space - 1) | 0x20);
            if (last != 'l' && last != 'd') {
                continue;
            }
            int start = space - 1;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start > 0 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '-')) {
                continue;
            }
            for (String word : WORDS) {
                if (space - start == word.length() && text.regionMatches(true, start, word, 0, word.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word right before {@code at} in the same clause (after spaces only), or "" after punctuation or at the start. */
    private static String previousWord(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '\'')) {
            start--;
        }
        return text.substring(start, end);
    }
}
