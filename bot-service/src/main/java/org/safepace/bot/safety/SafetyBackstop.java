package org.safepace.bot.safety;

/**
 * Judges a message by the turn's query vector (the semantic backstop), so the screen can only be raised by what it
 * finds: {@link SafetyDecision#NONE} for nothing, otherwise a decision whose rule ids read {@code semantic.<category>}.
 */
@FunctionalInterface
public interface SafetyBackstop {

    SafetyDecision assess(float[] queryVector);
}
