package org.safepace.bot.evaluation;

import java.util.List;
import java.util.Set;
import org.safepace.bot.safety.TriageLevel;

/**
 * What a correct reply to one message looks like. Every part is optional: an empty set or list, or a null, is not
 * checked.
 *
 * @param intents        acceptable {@code Intent} names (any one)
 * @param audience       the expected {@code AudienceHint} name
 * @param level          the expected triage level
 * @param passages       acceptable passage ids, every plainly right one
 * @param articles       the article-level fallback: a cited source from one of these articles also counts
 * @param keyFacts       phrases of which any one in the reply shows the right fact
 * @param mustContain    groups that must all appear; a group is satisfied by any one of its phrases
 * @param mustNotContain phrases none of which may appear
 */
record Expectation(Set<String> intents, String audience, LevelExpectation level, List<String> passages,
                   List<String> articles, List<String> keyFacts, List<List<String>> mustContain,
                   List<String> mustNotContain) {

    Expectation {
        intents = Set.copyOf(intents);
        passages = List.copyOf(passages);
        articles = List.copyOf(articles);
        keyFacts = List.copyOf(keyFacts);
        mustContain = mustContain.stream().map(List::copyOf).toList();
        mustNotContain = List.copyOf(mustNotContain);
    }

    boolean expectsGuidance() {
        return !passages.isEmpty() || !articles.isEmpty();
    }

    /**
     * A triage expectation: exactly {@code level}; at least it when written {@code LEVEL+}; at most it when written
     * {@code LEVEL-} ({@code ROUTINE-}: no red flag raised, a gentle "see someone when convenient" allowed).
     */
    record LevelExpectation(TriageLevel level, Bound bound) {

        enum Bound { EXACTLY, AT_LEAST, AT_MOST }

        /** Parses {@code NONE}, {@code SEEK_CARE+}, {@code ROUTINE-}; {@code -} or blank means "not checked". */
        static LevelExpectation parse(String text, String where) {
            if (text == null || text.isBlank() || text.strip().equals("-")) {
                return null;
            }
            String value = text.strip();
            Bound bound = value.endsWith("+") ? Bound.AT_LEAST : value.endsWith("-") ? Bound.AT_MOST : Bound.EXACTLY;
            String name = bound == Bound.EXACTLY ? value : value.substring(0, value.length() - 1);
            try {
                return new LevelExpectation(TriageLevel.valueOf(name), bound);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown triage level '" + text + "'", e);
            }
        }

        boolean accepts(TriageLevel actual) {
            return switch (bound) {
                case EXACTLY -> actual == level;
                case AT_LEAST -> actual.compareTo(level) >= 0;
                case AT_MOST -> actual.compareTo(level) <= 0;
            };
        }

        /** Whether the message carries a red flag: the safety message may then be the whole reply. */
        boolean redFlag() {
            return bound != Bound.AT_MOST && level.compareTo(TriageLevel.SEEK_CARE) >= 0;
        }

        @Override
        public String toString() {
            return level + switch (bound) {
                case EXACTLY -> "";
                case AT_LEAST -> "+";
                case AT_MOST -> "-";
            };
        }
    }
}
