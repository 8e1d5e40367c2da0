package org.safepace.knowledge;

/**
 * The knobs of hybrid retrieval, in one place so the evaluation can compare settings. {@link #DEFAULT} was chosen
 * on the evaluation set (RetrievalTuningExperiment prints the grid): the dense ranking leads, BM25 breaks ties
 * and rescues exact vocabulary.
 *
 * @param titleBoost    BM25 weight of the article title
 * @param headingBoost  BM25 weight of the section heading (headings are phrased like questions)
 * @param questionsBoost BM25 weight of the questions a section says it answers (phrased as people ask)
 * @param bodyBoost     BM25 weight of the passage text
 * @param bm25Weight    weight of the BM25 ranking in reciprocal-rank fusion
 * @param denseWeight   weight of the KNN ranking in reciprocal-rank fusion
 * @param audienceBonus added to the fused score of a passage for the asker's audience (half for "both"). A known
 *                      asker's search is already filtered to their own and "both" passages, so this only tilts
 *                      own against "both": 0.0005 leaves a "both" passage a quarter of that behind, about one
 *                      rank at the top of a 1/(60 + rank) ranking, a tie-break. 0.004 (a "both" passage 0.002
 *                      behind, some eight ranks) buried the better "both" answer under partner passages
 * @param candidates    how many candidates each ranking contributes
 * @param followUpBlend weight of the previous turn's vector added to a follow-up's own before the KNN search
 *                      (0.75, chosen on the dev conversations with 0.5 and 1.0: 0.5 let "what if it hurts?" in a
 *                      dilator conversation go to another section with those exact words, 1.0 let the topic
 *                      outweigh what the follow-up asked); see {@link FollowUpSteering}
 * @param followUpBonus added to the fused score of the previous turn's article's passages for a follow-up (0: on
 *                      the dev conversations any bonus kept "how often?" in the article of steps it followed, away
 *                      from the section on how often to practise; the blended vector already says the topic)
 * @param questionMargin cosine subtracted from a question's vector before it competes with the passage texts, for
 *                      ranking; confidence keeps the calibrated {@link HybridSearcher#CONFIDENCE_QUESTION_MARGIN}
 * @param unknownAskerLean subtracted from the fused score of a partner-only passage when the asker is not known:
 *                      a soft preference (never a filter) for the person's own and shared passages
 * @param ruledOutPenalty subtracted from the fused score of a passage whose article's title names what the story
 *                      rules out ("no abuse, nothing like that": the article on healing after abuse), some ten ranks
 * @param secondVectorShare share of a passage's second-best vector score added to its best: a passage that several
 *                      of its own vectors (text and questions) sit near is surer than one with a single stray match
 * @param questionTypeBonus added to the fused score of one of the first few passages in proportion to the share of its
 *                      questions asked as the long message's last question is ({@link QuestionType}): "how long"
 *                      against "why", "is it normal" against "what do I do"; 0 turns it off
 */
record RetrievalTuning(float titleBoost, float headingBoost, float questionsBoost, float bodyBoost, double bm25Weight,
                       double denseWeight, double audienceBonus, int candidates, double followUpBlend,
                       double followUpBonus, double questionMargin, double unknownAskerLean, double ruledOutPenalty,
                       double secondVectorShare, double questionTypeBonus) {

    /**
     * The questions' BM25 weight (2.0) and vector margin (0.05) were chosen on the dev split of the conversation
     * evaluation (bot-service/src/test/resources/evaluation/dev/questions.tsv), never on the held-out split, with the
     * writers' set (src/test/resources/eval) as a check: {@code RetrievalTuningExperiment -Ddev -Dgrid}. With five
     * questions a section a margin of 0.1 was needed (a short question's vector sat close to many phrasings); with
     * eight, more varied, the text's vector rarely loses to a stray question and 0.05 gave recall@1 0.849 -> 0.898
     * (dev) and 0.844 -> 0.884 (writers'); 0 lost again. BM25 0.2-0.3 tie; 0.5 and above lose on both sets.
     * The second vector's share (0.1) was chosen the same way ({@code RetrievalTuningExperiment -Ddev -Dfocus}): dev 466
     * r@1 / r@3 / MRR 0.848 / 0.946 / 0.902 -> 0.852 / 0.951 / 0.904, writers' 0.884 / 0.993 / 0.932 -> 0.884 / 0.993 /
     * 0.937; 0.25 lost r@1 on both. A separate margin for long messages (0, 0.1, 0.15) lost stories' r@1, so one margin
     * serves all. The question-type bonus (0.002, story9 session of 2026-12-04) the same way
     * ({@code -Ddev -Dqtype}, the story9 cases' half B left out): dev r@1 0.797 -> 0.802 of 869 (4 first passages
     * right, none lost; stories 0.819 -> 0.827), r@3 unchanged by construction, writers' set unchanged; 0.001 and
     * 0.003 were no better, and with yes/no and "how do I" questions counted 0.001-0.002 lost as many as they gained.
     */
    static final RetrievalTuning DEFAULT = new RetrievalTuning(1.5f, 2.0f, 2.0f, 1.0f, 0.3, 1.0, 0.0005, 50, 0.75, 0.0, 0.05, 0.0005, 0.01, 0.1, 0.002);

    RetrievalTuning withQuestionsBoost(float boost) {
        return new RetrievalTuning(titleBoost, headingBoost, boost, bodyBoost, bm25Weight, denseWeight, audienceBonus,
                candidates, followUpBlend, followUpBonus, questionMargin, unknownAskerLean, ruledOutPenalty,
                secondVectorShare, questionTypeBonus);
    }

    RetrievalTuning withAudience(double bonus, double lean) {
        return new RetrievalTuning(titleBoost, headingBoost, questionsBoost, bodyBoost, bm25Weight, denseWeight, bonus,
                candidates, followUpBlend, followUpBonus, questionMargin, lean, ruledOutPenalty,
                secondVectorShare, questionTypeBonus);
    }

    RetrievalTuning withRuledOutPenalty(double penalty) {
        return new RetrievalTuning(titleBoost, headingBoost, questionsBoost, bodyBoost, bm25Weight, denseWeight,
                audienceBonus, candidates, followUpBlend, followUpBonus, questionMargin, unknownAskerLean, penalty,
                secondVectorShare, questionTypeBonus);
    }

    RetrievalTuning withSecondVectorShare(double share) {
        return new RetrievalTuning(titleBoost, headingBoost, questionsBoost, bodyBoost, bm25Weight, denseWeight,
                audienceBonus, candidates, followUpBlend, followUpBonus, questionMargin, unknownAskerLean,
                ruledOutPenalty, share, questionTypeBonus);
    }

    RetrievalTuning withQuestionTypeBonus(double bonus) {
        return new RetrievalTuning(titleBoost, headingBoost, questionsBoost, bodyBoost, bm25Weight, denseWeight,
                audienceBonus, candidates, followUpBlend, followUpBonus, questionMargin, unknownAskerLean,
                ruledOutPenalty, secondVectorShare, bonus);
    }
}
