package org.safepace.bot.safety;

/** Placeholder while the rules are written. */
public final class SafetyScreen {
    public SafetyDecision screen(String message) {
        return SafetyDecision.NONE;
    }
}
