package org.safepace.knowledge;

import java.util.List;

/**
 * What the previous turn was about, kept by the dialogue so it can steer retrieval for a follow-up: its vector is
 * blended into the follow-up's own and its article's passages are preferred.
 *
 * @param articleId  the article the previous answer came from
 * @param passageIds the passages that answer drew on
 * @param vector     the previous turn's query vector ({@link KnowledgeBase#embedQuery}); may be {@code null}
 */
public record PreviousTopic(String articleId, List<String> passageIds, float[] vector) {
    public PreviousTopic {
        passageIds = List.copyOf(passageIds);
        vector = vector == null ? null : vector.clone();
    }
}
