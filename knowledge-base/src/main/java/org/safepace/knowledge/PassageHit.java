package org.safepace.knowledge;

import java.util.List;

/**
 * One retrieved passage (a {@code ##} section of an article) with its fused score.
 *
 * @param passageId keyword id, {@code articleId#section-slug}
 * @param sources   the seed files this passage's facts come from
 */
public record PassageHit(String passageId, String articleId, String title, String section, String text,
                         double score, Audience audience, List<String> topics, List<String> sources) {
}
