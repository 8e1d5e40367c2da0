package org.safepace.bot.evaluation;

import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.IncomingMessage;

/** How the evaluations send a single message: a new session, nobody said who is asking, the web channel, English. */
final class EvaluationTurns {

    private EvaluationTurns() {
    }

    static BotReply firstTurn(ConversationService conversations, String message) {
        return conversations.reply(new IncomingMessage(null, message, AudienceHint.UNKNOWN, Channel.WEB, "en"));
    }
}
