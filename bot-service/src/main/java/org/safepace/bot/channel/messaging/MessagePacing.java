package org.safepace.bot.channel.messaging;

import java.util.Optional;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.Intent;
import org.safepace.bot.dialogue.IncomingMessage;
import org.safepace.bot.system.RateLimiter;

/**
 * The per-session rate limit for messaging apps, whose webhooks cannot be answered with 429 (the platform would
 * only deliver the same message again). Within the limit a message is answered as usual; over it, it is still
 * screened, so a red flag always gets its safety message, and otherwise the person gets one short note to slow
 * down per minute; further messages in that minute are acknowledged and left unanswered, so a flood cannot turn
 * into a flood of outgoing messages.
 */
public final class MessagePacing {

    private final RateLimiter limiter;

    public MessagePacing(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** The reply to send, or empty when the message is over the pace and the note was already sent. */
    public Optional<BotReply> answer(ConversationService conversations, IncomingMessage message) {
        if (limiter.tryTakeForSession(message.sessionId())) {
            return Optional.of(conversations.reply(message));
        }
        BotReply paced = conversations.pacedReply(message);
        if (paced.intent() == Intent.SAFETY || limiter.tryTake("slow-down-note:" + message.sessionId(), 1, 1)) {
            return Optional.of(paced);
        }
        return Optional.empty();
    }
}
