package org.safepace.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A passage's text as the units an extractive answer is built from: paragraph sentences and list items, in order; a
 * list item stays whole, and a bare "No." or "Yes." stays with the sentence that explains it. Computed once per
 * passage when a snapshot is built ({@link PassageHit#units()}), not on every turn.
 */
public final class PassageUnits {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern NEWLINE = Pattern.compile("\\n");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9\"'(*])");
    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\d+[.)] .*");
    private static final Pattern LEADING_YES_NO = Pattern.compile("^(yes|no)\\b[.,!:;]?\\s*", Pattern.CASE_INSENSITIVE);

    private PassageUnits() {
    }

    /** The units of a passage's text (immutable). */
    public static List<String> of(String text) {
        List<String> units = new ArrayList<>();
        for (String block : BLANK_LINE.split(text.strip())) {
            for (String line : NEWLINE.split(block)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (isItem(trimmed)) {
                    units.add(trimmed);
                } else {
                    String pending = "";
                    for (String sentence : SENTENCE_END.split(trimmed)) {
                        if (sentence.isBlank()) {
                            continue;
                        }
                        // A bare "No." or "Yes." belongs with the sentence that explains it.
                        if (LEADING_YES_NO.matcher(sentence.strip()).replaceFirst("").isEmpty()) {
                            pending = sentence.strip() + " ";
                            continue;
                        }
                        units.add(pending + sentence.strip());
                        pending = "";
                    }
                    if (!pending.isEmpty()) {
                        units.add(pending.strip());
                    }
                }
            }
        }
        return List.copyOf(units);
    }

    /** A list item: "- ", "* " or "1. " / "1) " at its start. */
    public static boolean isItem(String unit) {
        return unit.startsWith("- ") || unit.startsWith("* ") || NUMBERED_ITEM.matcher(unit).matches();
    }
}
