package org.safepace.knowledge;

/**
 * The knobs of hybrid retrieval, in one place so the evaluation can compare settings; {@link #DEFAULT} is what
 * the evaluation set supports (see RetrievalEvaluationTests for the figures).
 *
 * @param titleBoost       BM25 weight of the article title
 * @param headingBoost     BM25 weight of the section heading (headings are phrased like questions)
 * @param bodyBoost        BM25 weight of the passage text
 * @param bm25Weight       weight of the BM25 ranking in reciprocal-rank fusion
 * @param passageWeight    weight of the KNN ranking over whole-passage vectors
 * @param headingWeight    weight of the KNN ranking over heading-only vectors
 * @param audienceBonus    added to the fused score of a passage for the asker's audience (half for "both")
 * @param candidates       how many candidates each ranking contributes
 */
record RetrievalTuning(float titleBoost, float headingBoost, float bodyBoost, double bm25Weight,
                       double passageWeight, double headingWeight, double audienceBonus, int candidates) {

    static final RetrievalTuning DEFAULT = new RetrievalTuning(1.5f, 2.0f, 1.0f, 1.0, 1.0, 1.0, 0.002, 50);

    RetrievalTuning withWeights(double bm25, double passage, double heading) {
        return new RetrievalTuning(titleBoost, headingBoost, bodyBoost, bm25, passage, heading, audienceBonus, candidates);
    }
}
