package org.safepace.knowledge;

import java.util.List;

/** Turns text into a unit-length vector for dense retrieval. */
interface Embedder {

    /** Names the model and its version; part of every cache key so a model change never reuses old vectors. */
    String modelId();

    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);
}
