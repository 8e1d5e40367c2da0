package org.safepace.knowledge;

import java.util.List;

/**
 * The passages that answer a query, best first, and how sure retrieval is that they do.
 *
 * @param confident false when the best passage is a weak match: the dialogue then says the guidance
 *                  does not cover the question rather than answering from a poor fit
 */
public record SearchResult(List<PassageHit> hits, boolean confident) {
    public static SearchResult empty() {
        return new SearchResult(List.of(), false);
    }
}
