package org.safepace.bot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link Pattern#compile} for the rules' long alternations, matching exactly as the regex is written but faster:
 * consecutive top-level alternatives that open with a word boundary share one test of it ({@code \bA|\bB|^C|\bD}
 * becomes {@code \b(?:A|B)|^C|\bD}). Java tests a boundary by looking up the characters on both sides of it, and a
 * pattern searched with {@code find()} tries every alternative at every position of the text, so an alternation of
 * 30 {@code \b...} alternatives looked up the same two characters 30 times per position (most of a turn's CPU time).
 * The alternatives keep their order and are tried in turn after the one shared test, so every match, its groups
 * and which alternative wins are the same. A regex this does not read with certainty (quoting, inline flags,
 * unusual character classes) is compiled as it is.
 */
public final class Regex {

    private Regex() {
    }

    public static Pattern compile(String regex) {
        return Pattern.compile(sharedBoundaries(regex));
    }

    public static Pattern compile(String regex, int flags) {
        return (flags & Pattern.COMMENTS) != 0 ? Pattern.compile(regex, flags)
                : Pattern.compile(sharedBoundaries(regex), flags);
    }

    /** The regex with a word boundary opening consecutive top-level alternatives tested once; see the class. */
    static String sharedBoundaries(String regex) {
        List<String> alternatives = topLevelAlternatives(regex);
        if (alternatives.size() < 2) {
            return regex;
        }
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int i = 0;
        while (i < alternatives.size()) {
            int end = i;
            while (end < alternatives.size() && opensWithBoundary(alternatives.get(end))) {
                end++;
            }
            if (out.length() > 0) {
                out.append('|');
            }
            if (end - i >= 2) {
                out.append("\\b(?:");
                for (int k = i; k < end; k++) {
                    out.append(k > i ? "|" : "").append(alternatives.get(k).substring(2));
                }
                out.append(')');
                i = end;
            } else {
                out.append(alternatives.get(i));
                i++;
            }
        }
        return out.toString();
    }

    private static boolean opensWithBoundary(String alternative) {
        return alternative.startsWith("\\b");
    }

    /**
     * The regex split at its top-level {@code |}; a single element when it has none, or when it holds anything whose
     * scope a group would change or that this reader does not follow: {@code \Q} quoting, inline flags such as
     * {@code (?i)}, a character class opening with {@code ]}, an unbalanced bracket.
     */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int n = regex.length();
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < n && (regex.charAt(i + 1) == 'Q' || regex.charAt(i + 1) == 'E')) {
                    return List.of(regex);
                }
                i++; // the escaped character
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return List.of(regex);
                }
            } else if (c == '(') {
                if (i + 2 < n && regex.charAt(i + 1) == '?' && !groupKindKnown(regex.charAt(i + 2))) {
                    return List.of(regex); // an inline flag, whose reach a new group would cut short
                }
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return List.of(regex);
                }
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            return List.of(regex);
        }
        parts.add(regex.substring(start));
        return parts;
    }

    /** Non-capturing, look-ahead, look-behind, atomic and named groups; anything else after "(?" is a flag. */
    private static boolean groupKindKnown(char afterQuestionMark) {
        return afterQuestionMark == ':' || afterQuestionMark == '=' || afterQuestionMark == '!'
                || afterQuestionMark == '<' || afterQuestionMark == '>';
    }

    /** The index of the {@code ]} closing the class opened at {@code open}, nested classes included; -1 if unsure. */
    private static int classEnd(String regex, int open) {
        int depth = 0;
        int n = regex.length();
        for (int i = open; i < n; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < n && (regex.charAt(i + 1) == 'Q' || regex.charAt(i + 1) == 'E')) {
                    return -1;
                }
                i++;
            } else if (c == '[') {
                depth++;
                int next = i + 1 < n && regex.charAt(i + 1) == '^' ? i + 2 : i + 1;
                if (next < n && regex.charAt(next) == ']') {
                    return -1; // "[]...]" or "[^]...]": read differently by different engines; left alone
                }
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
