package org.safepace.bot.meaning;

import java.util.Locale;

/**
 * One reviewed row of an example bank.
 *
 * @param label what the row is about (a dialogue act, a boundary, a feeling, a red-flag category)
 * @param kind  {@link Kind#POSITIVE} when the row means its label; any other kind is a twin that sounds like the
 *              label but does not mean it, and counts against it
 * @param text  the message as someone might write it
 */
public record LabelledExample(String label, Kind kind, String text) {

    /** Why a row is in the bank. Twins exist because negation and framing sit close in embedding space. */
    public enum Kind {
        POSITIVE, NEGATED, HYPOTHETICAL, HISTORICAL, EDUCATIONAL, TWIN;

        static Kind parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown kind '" + value + "' (expected one of "
                        + java.util.Arrays.toString(values()).toLowerCase(Locale.ROOT) + ")");
            }
        }
    }

    public LabelledExample {
        if (label == null || label.isBlank() || text == null || text.isBlank() || kind == null) {
            throw new IllegalArgumentException("an example needs a label, a kind and a text");
        }
    }

    public boolean positive() {
        return kind == Kind.POSITIVE;
    }
}
