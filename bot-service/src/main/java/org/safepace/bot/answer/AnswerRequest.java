package org.safepace.bot.answer;

import java.util.List;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;

/**
 * A question to answer from guidance.
 *
 * @param passages the retrieved passages, best first; never empty
 */
public record AnswerRequest(String question, Audience audience, List<PassageHit> passages) {
    public AnswerRequest {
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("an answer needs at least one passage");
        }
        passages = List.copyOf(passages);
    }
}
