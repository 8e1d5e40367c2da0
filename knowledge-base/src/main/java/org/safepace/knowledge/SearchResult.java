package org.safepace.knowledge;

import java.util.List;

/**
 * The passages that answer a query, best first, and how sure retrieval is that they do.
 *
 * @param confident    false when the best passage is a weak match: the dialogue then says the guidance
 *                     does not cover the question rather than answering from a poor fit
 * @param plausible    the best passage is close in meaning, though not close enough to be confident on retrieval's
 *                     signals alone (the grey zone without a clear word match); always true when confident
 * @param searchedText the query as it was searched, misspellings corrected ("wen should i get profesional help" -
 *                     "when should i get professional help"); {@code null} when nothing was searched
 */
public record SearchResult(List<PassageHit> hits, boolean confident, boolean plausible, String searchedText) {

    public SearchResult {
        hits = List.copyOf(hits);
        plausible = plausible || confident;
    }

    public SearchResult(List<PassageHit> hits, boolean confident) {
        this(hits, confident, confident, null);
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), false);
    }
}
