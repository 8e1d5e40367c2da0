package org.safepace.bot.channel.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Cuts a long reply into messages an app accepts, at the most natural boundary that fits. */
public final class TextSplitter {

    /** Paragraphs first, then lines, then words; only a single over-long word is cut inside. */
    private static final Pattern[] BOUNDARIES = {Pattern.compile("\\n[ \\t]*\\n\\s*"), Pattern.compile("\\n"),
            Pattern.compile(" +")};
    private static final String[] JOINERS = {"\n\n", "\n", " "};

    private TextSplitter() {
    }

    /**
     * @param maxLength the app's limit in UTF-16 units (what both apps count); a surrogate pair is never cut
     * @return the pieces in order, each within the limit and not blank; empty for blank text
     */
    public static List<String> split(String text, int maxLength) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2, was " + maxLength);
        }
        List<String> pieces = new ArrayList<>();
        pack(text.strip(), maxLength, 0, pieces);
        return List.copyOf(pieces);
    }

    private static void pack(String text, int max, int level, List<String> out) {
        if (text.length() <= max) {
            addIfNotBlank(text, out);
            return;
        }
        if (level == BOUNDARIES.length) {
            cutHard(text, max, out);
            return;
        }
        String joiner = JOINERS[level];
        StringBuilder current = new StringBuilder();
        for (String part : BOUNDARIES[level].split(text)) {
            if (part.length() > max) {
                flush(current, out);
                pack(part.strip(), max, level + 1, out);
            } else if (current.isEmpty()) {
                current.append(part);
            } else if (current.length() + joiner.length() + part.length() <= max) {
                current.append(joiner).append(part);
            } else {
                flush(current, out);
                current.append(part);
            }
        }
        flush(current, out);
    }

    private static void cutHard(String text, int max, List<String> out) {
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + max, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            addIfNotBlank(text.substring(start, end), out);
            start = end;
        }
    }

    private static void flush(StringBuilder current, List<String> out) {
        addIfNotBlank(current.toString(), out);
        current.setLength(0);
    }

    private static void addIfNotBlank(String piece, List<String> out) {
        String stripped = piece.strip();
        if (!stripped.isEmpty()) {
            out.add(stripped);
        }
    }
}
