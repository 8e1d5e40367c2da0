package org.safepace.bot.dialogue;

import java.util.List;
import org.safepace.bot.safety.SafetyDecision;

/**
 * What SafePace answers to one message; channels format it for their app.
 *
 * @param text        plain text with light Markdown (lists, bold), never HTML
 * @param triage      the safety decision for the incoming message
 * @param suggestions up to four short follow-up questions
 * @param offers      what the channel may offer besides the text, e.g. {@link #CALLBACK} (a call-back form or button)
 */
public record BotReply(String sessionId, String text, SafetyDecision triage, AudienceHint audience,
                       List<SourceRef> sources, List<String> suggestions, Intent intent, List<String> offers) {

    /** The offer of an after-hours call-back. */
    public static final String CALLBACK = "callback";

    /** A reply that offers nothing beyond its text. */
    public BotReply(String sessionId, String text, SafetyDecision triage, AudienceHint audience,
                    List<SourceRef> sources, List<String> suggestions, Intent intent) {
        this(sessionId, text, triage, audience, sources, suggestions, intent, List.of());
    }

    /** A guidance section the reply draws on. */
    public record SourceRef(String articleId, String title, String section) {
    }
}
