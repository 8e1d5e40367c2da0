package org.safepace.bot.answer;

import java.util.List;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;

/**
 * A question to answer from guidance.
 *
 * @param passages      the retrieved passages, best first; never empty
 * @param pausePractice the safety screen asked the person to pause practice and get checked (SEEK_CARE or
 *                      above): the answer must not encourage practice
 * @param followUp      a short follow-up's own words ("how long for?") when {@code question} is its topic's question
 *                      plus these; {@code null} for a message that stands on its own
 */
public record AnswerRequest(String question, Audience audience, List<PassageHit> passages, boolean pausePractice,
                            String followUp) {
    public AnswerRequest {
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("an answer needs at least one passage");
        }
        passages = List.copyOf(passages);
    }

    /** A message that stands on its own. */
    public AnswerRequest(String question, Audience audience, List<PassageHit> passages, boolean pausePractice) {
        this(question, audience, passages, pausePractice, null);
    }

    /** A question with no red flag. */
    public AnswerRequest(String question, Audience audience, List<PassageHit> passages) {
        this(question, audience, passages, false);
    }
}
