package org.safepace.bot.dialogue;

import java.util.List;
import org.safepace.bot.safety.SafetyDecision;
import org.springframework.stereotype.Service;

/** Answers one message of a conversation, whatever channel it came from. (Skeleton: the steps land with issue 4.) */
@Service
public class ConversationService {

    public BotReply reply(IncomingMessage message) {
        String sessionId = message.sessionId() == null ? "pending" : message.sessionId();
        return new BotReply(sessionId, "SafePace is starting up.", SafetyDecision.NONE, message.audience(),
                List.of(), List.of(), Intent.QUESTION);
    }

    /** The greeting and first-use notice a new conversation opens with (e.g. Telegram's /start). */
    public BotReply welcome(String sessionId, Channel channel) {
        return new BotReply(sessionId, "Hello, this is SafePace.", SafetyDecision.NONE, AudienceHint.UNKNOWN,
                List.of(), List.of(), Intent.GREETING);
    }

    /** Forgets a session and everything said in it; unknown ids are ignored. */
    public void forget(String sessionId) {
    }
}
