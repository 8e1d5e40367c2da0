package org.safepace.bot.safety;

import java.util.ArrayList;
import java.util.List;

/** What one rule family found in a message: the highest level, its categories and the ids of the rules that fired. */
record Finding(TriageLevel level, List<String> categories, List<String> ruleIds) {

    static final Finding NONE = new Finding(TriageLevel.NONE, List.of(), List.of());

    Finding {
        categories = List.copyOf(categories);
        ruleIds = List.copyOf(ruleIds);
    }

    /** Collects what fired; categories and rule ids keep their first-seen order without duplicates. */
    static final class Builder {
        private TriageLevel level = TriageLevel.NONE;
        private final List<String> categories = new ArrayList<>(4);
        private final List<String> ruleIds = new ArrayList<>(4);

        Builder add(TriageLevel fired, String category, String ruleId) {
            level = level.max(fired);
            if (!categories.contains(category)) {
                categories.add(category);
            }
            if (!ruleIds.contains(ruleId)) {
                ruleIds.add(ruleId);
            }
            return this;
        }

        boolean has(String category) {
            return categories.contains(category);
        }

        Finding build() {
            return level == TriageLevel.NONE ? NONE : new Finding(level, categories, ruleIds);
        }
    }
}
