package org.safepace.knowledge;

import java.util.List;

/** Turns questions and passages into unit-length vectors for dense retrieval. */
interface Embedder {

    /** Names the model and its version; part of every cache key so a model change never reuses old vectors. */
    String modelId();

    float[] embedQuery(String text);

    /** The same vector as {@link #embedQuery}, never served from or added to a recent-query cache. */
    default float[] embedQueryUncached(String text) {
        return embedQuery(text);
    }

    /**
     * A key that two queries share only if the model gives them the same vector, so a cache can serve one for the
     * other; the text itself unless the model is known to ignore some differences.
     */
    default String queryKey(String text) {
        return text;
    }

    List<float[]> embedPassages(List<String> texts);

    /**
     * The text to embed as a passage so that it is embedded exactly as a query would be (with the model's query
     * instruction, if it has one): a section's questions are matched against questions, not against passages.
     */
    default String asQuery(String text) {
        return text;
    }

    /** Starts loading the model in the background so the first question does not pay for it; a no-op by default. */
    default void warmUpInBackground() {
    }
}
