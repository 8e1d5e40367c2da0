package org.safepace.bot.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normaliser every text check reads through (the safety screen, understanding, the tone check and the
 * outbound check), so that no check sees a different message from another. {@link #normalise} undoes what hides a
 * word without changing its meaning; {@link #forMatching} also folds case and accents for rules and lexicons.
 */
public final class TextNormaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextNormaliser() {
    }

    /**
     * The message as a reader sees it, with what hides a word undone, in this order: invisible and formatting
     * characters removed (zero-width space, joiner and non-joiner, soft hyphen, word joiner, byte-order mark, bidi
     * controls, tag characters, variation selectors, combining grapheme joiner, Hangul fillers and every other
     * format character, Unicode category Cf); Unicode NFKC (full-width, mathematical and circled letters become
     * plain ones); look-alike letters from Cyrillic, Greek and Armenian folded to Latin (all of them in a mostly
     * Latin message, only inside mixed-script words otherwise, so Russian or Greek text stays itself); a letter
     * repeated three or more times for emphasis collapsed to two ("bleeeeding" = "bleeding", "sooo" = "soo");
     * curly quotes and apostrophes straightened; texting shorthand written out ({@link Shorthand}: "w/o" = "without",
     * "ppl" = "people", "kms" = "kill myself"); "hell", "shell", "ill" and "id" read as he'll, she'll, i'll and i'd
     * where the words around say so ({@link UnmarkedContractions}). Case, accents, whitespace and punctuation are otherwise kept. Never null.
     */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = text;
        if (!isAscii(s)) {
            s = removeInvisible(s);
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
            s = Homoglyphs.fold(s);
            s = straightenQuotes(s);
        }
        return UnmarkedContractions.restore(Shorthand.expand(collapseRepeats(s)));
    }

    /**
     * What a message's one query vector is embedded from: {@link #normalise}d and stripped, so an invisible character
     * inside a word moves neither understanding nor the semantic backstop; "." for a message with nothing left (the
     * model needs some text). Never null.
     */
    public static String forEmbedding(String text) {
        String readable = normalise(text).strip();
        return readable.isEmpty() ? "." : readable;
    }

    /**
     * {@link #normalise} then lower case in {@link Locale#ROOT} and accents removed ("FIANCÉE" = "fiancee",
     * "sangrado" and "sangrádo" alike): the form lexicons and rules match on. Never null.
     */
    public static String forMatching(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (isAscii(text)) {
            // the common case: one pass to check, one to fold and collapse, one for shorthand (which reads case
            // and repeats alike, so folding first gives what normalise then lower case gives)
            return UnmarkedContractions.restore(Shorthand.expand(lowerCollapsed(text)));
        }
        String visible = removeInvisible(text);
        if (visible != text && isAscii(visible)) {
            // ASCII hidden behind invisible characters only (soft hyphens in a plain message): once they are out,
            // NFKC, look-alike folding, quotes and accents change nothing, so the ASCII path gives the same
            return UnmarkedContractions.restore(Shorthand.expand(lowerCollapsed(visible)));
        }
        String s = normalise(visible); // removing invisible characters again finds none: one scan, no copy
        if (!isAscii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Does the text show nothing at all: only spaces, controls and invisible characters (a zero-width space)? */
    public static boolean blank(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.CONTROL || invisible(cp));
    }

    /** Is this code point one that renders as nothing (or only steers rendering) and so can hide inside a word? */
    public static boolean invisible(int cp) {
        if (Character.getType(cp) == Character.FORMAT) {
            return true; // soft hyphen, zero-width space/joiners, word joiner, BOM, bidi controls, tags, ...
        }
        return (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
                || (cp >= 0xE0100 && cp <= 0xE01EF) // variation selectors supplement
                || cp == 0x034F // combining grapheme joiner
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // Hangul fillers
                || cp == 0x180B || cp == 0x180C || cp == 0x180D || cp == 0x180F; // Mongolian variation selectors
    }

    private static String removeInvisible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c < 128) { // no ASCII character is invisible: skip the code point and category look-ups
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (invisible(cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? s : out.toString();
    }

    private static String straightenQuotes(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u02bc' -> '\'';
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033' -> '"';
                default -> c;
            };
            if (r != c && out == null) {
                out = new StringBuilder(s);
            }
            if (out != null && r != c) {
                out.setCharAt(i, r);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Three or more of the same letter in a row become two; digits and punctuation are left alone. */
    private static String collapseRepeats(String s) {
        int n = s.length();
        StringBuilder out = null;
        int run = 0;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean letter = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
            run = letter && sameLetter(c, previous) ? run + 1 : 1;
            previous = letter ? c : 0;
            if (run >= 3) {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** An ASCII text in lower case with {@link #collapseRepeats} applied, in one pass: the same as both in turn. */
    private static String lowerCollapsed(String s) {
        int n = s.length();
        char[] out = new char[n];
        int length = 0;
        int run = 0;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            boolean letter = c >= 'a' && c <= 'z';
            run = letter && c == previous ? run + 1 : 1;
            previous = letter ? c : 0;
            if (run < 3) {
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    /** Case-insensitive, without a table look-up for the common case. */
    private static boolean sameLetter(char c, char previous) {
        if (c == previous) {
            return true;
        }
        if (c < 128 && previous < 128) {
            return (c | 0x20) == (previous | 0x20) && previous != 0;
        }
        return Character.toLowerCase(c) == Character.toLowerCase(previous);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
