package org.safepace.bot.text;

import java.util.Map;

/**
 * Texting shorthand written out ("ppl wd be happier w/o me" = "people would be happier without me", "kms" = "kill
 * myself"), so every check reads the words its vocabulary knows. A step of {@link TextNormaliser#normalise}; only
 * whole words are replaced, and only shorthand with one everyday meaning in these conversations ("id", "hell" and
 * "ill" are also words: {@link UnmarkedContractions} reads them by the words around). Expansions are lower case;
 * nothing here adds a negation.
 */
final class Shorthand {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("ppl", "people"), Map.entry("wd", "would"),
            Map.entry("wud", "would"), Map.entry("rn", "right now"), Map.entry("fr", "for real"),
            Map.entry("kms", "kill myself"), Map.entry("abt", "about"), Map.entry("thru", "through"),
            Map.entry("hr", "hour"), Map.entry("hrs", "hours"), Map.entry("wk", "week"), Map.entry("wks", "weeks"),
            Map.entry("alot", "a lot"), Map.entry("til", "until"), Map.entry("till", "until"),
            Map.entry("pg", "pregnant"), Map.entry("bc", "because"), Map.entry("od", "overdose"),
            Map.entry("oded", "overdosed"),
            // safe9: "had sex w me", "went w him": a lone w is "with" (as "w/" is)
            Map.entry("w", "with"),
            // "what r the signs of ...", "where my papers r": a lone r is "are" (as a lone u is "you")
            Map.entry("r", "are"));

    /** The longest key above: longer words are never looked up. */
    private static final int LONGEST = 7;

    private static final String UNALIVE = "unalive";

    private static final String[] REFLEXIVES = {"myself", "herself", "himself", "themselves", "themself", "yourself"};

    private Shorthand() {
    }

    /** The text with shorthand words written out; the same instance when there is none. */
    static String expand(String s) {
        StringBuilder out = null;
        int n = s.length();
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!wordChar(s.charAt(i)) || i > 0 && (wordChar(s.charAt(i - 1)) || joins(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && wordChar(s.charAt(end))) {
                end++;
            }
            String replacement = null;
            int replacedEnd = end;
            if (end - i == 1 && (s.charAt(i) | 0x20) == 'w' && end < n && s.charAt(end) == '/') {
                // "w/o" = without, "w/" = with
                if (end + 1 < n && (s.charAt(end + 1) | 0x20) == 'o' && !continues(s, end + 2)) {
                    replacement = "without";
                    replacedEnd = end + 2;
                } else if (!continues(s, end + 1)) {
                    replacement = "with";
                    replacedEnd = end + 1;
                }
            } else if (!continues(s, end) && end - i <= LONGEST) {
                replacement = lookUp(s, i, end);
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(s, copied, i).append(replacement);
                copied = replacedEnd;
            }
            i = replacedEnd;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /**
     * {@link #WORDS} by length and lower-case first letter (index {@code length * 26 + letter}): a look-up compares a
     * word with the few keys of its shape in place, without a substring, a lower-cased copy or a hash.
     */
    private static final String[][] KEYS_BY_SHAPE = new String[(LONGEST + 1) * 26][];

    static {
        java.util.List<String> keys = new java.util.ArrayList<>(WORDS.keySet());
        keys.add(UNALIVE);
        for (String key : keys) {
            int shape = key.length() * 26 + key.charAt(0) - 'a';
            String[] old = KEYS_BY_SHAPE[shape] == null ? new String[0] : KEYS_BY_SHAPE[shape];
            KEYS_BY_SHAPE[shape] = java.util.Arrays.copyOf(old, old.length + 1);
            KEYS_BY_SHAPE[shape][old.length] = key;
        }
    }

    /** What the word s[from, end) is written out as, or null. */
    private static String lookUp(String s, int from, int end) {
        if (!ascii(s, from, end)) {
            // A word with other letters: lower-cased as a whole, as Locale.ROOT does it.
            String word = s.substring(from, end).toLowerCase(java.util.Locale.ROOT);
            return word.equals(UNALIVE) ? unalive(s, end) : WORDS.get(word);
        }
        int length = end - from;
        int first = s.charAt(from) | 0x20;
        if (first < 'a' || first > 'z') {
            return null; // a digit: no key starts with one
        }
        String[] keys = KEYS_BY_SHAPE[length * 26 + first - 'a'];
        if (keys != null) {
            for (String key : keys) {
                if (s.regionMatches(true, from, key, 0, length)) {
                    return key.equals(UNALIVE) ? unalive(s, end) : WORDS.get(key);
                }
            }
        }
        return null;
    }

    private static boolean ascii(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** "unalive myself" = "kill myself"; "i want to unalive" = "i want to kill myself". */
    private static String unalive(String s, int end) {
        for (String reflexive : REFLEXIVES) {
            if (s.regionMatches(true, end + 1, reflexive, 0, reflexive.length()) && end < s.length()
                    && s.charAt(end) == ' ') {
                return "kill";
            }
        }
        return "kill myself";
    }

    private static boolean wordChar(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** An apostrophe, hyphen or slash inside a word ("u's", "pg-13", "w/e") makes it another word. */
    private static boolean joins(char c) {
        return c == '\'' || c == '-' || c == '/';
    }

    private static boolean continues(String s, int at) {
        return at < s.length() && (wordChar(s.charAt(at)) || joins(s.charAt(at)) && at + 1 < s.length()
                && wordChar(s.charAt(at + 1)));
    }
}
