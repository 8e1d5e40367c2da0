package org.safepace.knowledge;

import java.util.List;

/** Turns questions and passages into unit-length vectors for dense retrieval. */
interface Embedder {

    /** Names the model and its version; part of every cache key so a model change never reuses old vectors. */
    String modelId();

    float[] embedQuery(String text);

    List<float[]> embedPassages(List<String> texts);

    /** Starts loading the model in the background so the first question does not pay for it; a no-op by default. */
    default void warmUpInBackground() {
    }
}
