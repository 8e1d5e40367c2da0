package org.safepace.bot.safety;

/** How urgently to seek care, lowest first; the order is the severity order. */
public enum TriageLevel {
    NONE, ROUTINE, SEEK_CARE, EMERGENCY;

    public TriageLevel max(TriageLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
