package org.safepace.bot.dialogue;

import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words people use for a partner, in one place: the audience reader hears who is asking with them, the intent
 * patterns hear a request about a partner with them. Texting nicknames and a two-word "other half" included; a
 * misspelt long noun ("husbnd", "girlfirend") still counts.
 */
final class PartnerWords {

    /** Words for a woman partner. */
    static final Set<String> FEMALE = Set.of("wife", "girlfriend", "gf", "fiancee", "fiancée", "missus", "wifey",
            "esposa");
    /** Words for a man partner. */
    static final Set<String> MALE = Set.of("husband", "boyfriend", "bf", "fiance", "fiancé", "hubby", "hubs", "hubbie",
            "esposo");
    /** Words for a partner of any gender. */
    static final Set<String> ANY = Set.of("partner", "spouse", "bae");
    static final Set<String> ALL = Stream.of(FEMALE, MALE, ANY).flatMap(Set::stream)
            .collect(Collectors.toUnmodifiableSet());
    /** Two-word partners, read as one word: "my other half", "my better half", "my significant other". */
    private static final Pattern TWO_WORDS = Pattern.compile("\\b(?:other|better) half\\b|\\bsignificant other\\b");
    /** Long nouns matched with one slip of the keyboard (a letter missing, extra, wrong or two swapped). */
    private static final Set<String> LONG = Set.of("husband", "boyfriend", "girlfriend", "partner", "fiancee");
    /** As a regex alternation, longest first, for the intent patterns. */
    static final String ALTERNATION = alternation(ALL);

    /** A set of words as a regex alternation, longest first. */
    static String alternation(Set<String> words) {
        return words.stream().sorted(Comparator.comparing(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private PartnerWords() {
    }

    /** The message with a two-word partner made one word ("my other half" is "my partner"). */
    static String joined(String normalised) {
        return TWO_WORDS.matcher(normalised).replaceAll("partner");
    }

    /** Whether a word (without "'s") names a partner. */
    static boolean isPartner(String word) {
        return ALL.contains(word) || misspelt(word) != null;
    }

    /** Whether a partner word is a woman's, a man's, or neither (null). */
    static Boolean female(String word) {
        String w = ALL.contains(word) ? word : misspelt(word);
        if (w == null) {
            return null;
        }
        return FEMALE.contains(w) ? Boolean.TRUE : MALE.contains(w) ? Boolean.FALSE : null;
    }

    private static String misspelt(String word) {
        if (word.length() < 6 || word.endsWith("s") && ALL.contains(word.substring(0, word.length() - 1))) {
            // plural ("partners of people with vaginismus") is nobody's partner in particular
            return null;
        }
        for (String noun : LONG) {
            if (org.safepace.bot.text.Edits.withinOneEdit(word, noun)) {
                return noun;
            }
        }
        return null;
    }
}
