package org.safepace.bot.dialogue;

import java.util.List;
import org.safepace.bot.safety.SafetyDecision;

/**
 * What SafePace answers to one message; channels format it for their app.
 *
 * @param text        plain text with light Markdown (lists, bold), never HTML
 * @param triage      the safety decision for the incoming message
 * @param suggestions up to four short follow-up questions
 */
public record BotReply(String sessionId, String text, SafetyDecision triage, AudienceHint audience,
                       List<SourceRef> sources, List<String> suggestions, Intent intent) {

    /** A guidance section the reply draws on. */
    public record SourceRef(String articleId, String title, String section) {
    }
}
