package org.safepace.bot.answer;

import java.util.List;
import org.safepace.knowledge.PassageHit;

/**
 * The answer text and the passages it actually draws on (they become the reply's sources).
 *
 * @param composer which composer wrote it ({@code extractive} or {@code llm}), for logs and tests
 */
public record ComposedAnswer(String text, List<PassageHit> used, String composer) {
    public ComposedAnswer {
        used = List.copyOf(used);
    }
}
