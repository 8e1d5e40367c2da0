package org.safepace.bot.safety;

import java.util.List;

/**
 * What the safety screen decided about one message.
 *
 * @param categories what was found, e.g. {@code bleeding}, {@code fever}; empty when the level is NONE
 * @param ruleIds    ids of the rules that fired: safe to log, never the message text
 */
public record SafetyDecision(TriageLevel level, List<String> categories, List<String> ruleIds) {
    public static final SafetyDecision NONE = new SafetyDecision(TriageLevel.NONE, List.of(), List.of());

    public SafetyDecision {
        categories = List.copyOf(categories);
        ruleIds = List.copyOf(ruleIds);
    }
}
