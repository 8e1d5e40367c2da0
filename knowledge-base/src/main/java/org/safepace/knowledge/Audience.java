package org.safepace.knowledge;

import java.util.Locale;

/** Who an article or a question is for: the person with vaginismus, a partner, or both. */
public enum Audience {
    SELF, PARTNER, BOTH;

    /** Parses the front-matter spelling ({@code self}, {@code partner}, {@code both}). */
    public static Audience parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("audience must be self, partner or both, not '" + value + "'", e);
        }
    }
}
