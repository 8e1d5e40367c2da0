package org.safepace.knowledge;

/**
 * The knobs of hybrid retrieval, in one place so the evaluation can compare settings. {@link #DEFAULT} was chosen
 * on the evaluation set (RetrievalTuningExperiment prints the grid): the dense ranking leads, BM25 breaks ties
 * and rescues exact vocabulary.
 *
 * @param titleBoost    BM25 weight of the article title
 * @param headingBoost  BM25 weight of the section heading (headings are phrased like questions)
 * @param bodyBoost     BM25 weight of the passage text
 * @param bm25Weight    weight of the BM25 ranking in reciprocal-rank fusion
 * @param denseWeight   weight of the KNN ranking in reciprocal-rank fusion
 * @param audienceBonus added to the fused score of a passage for the asker's audience (half for "both"); 0.004
 *                      is worth about four ranks near the top of a 1/(60 + rank) ranking
 * @param candidates    how many candidates each ranking contributes
 */
record RetrievalTuning(float titleBoost, float headingBoost, float bodyBoost, double bm25Weight,
                       double denseWeight, double audienceBonus, int candidates) {

    static final RetrievalTuning DEFAULT = new RetrievalTuning(1.5f, 2.0f, 1.0f, 0.3, 1.0, 0.004, 50);
}
