package org.safepace.bot.channel.web;

import java.util.List;
import java.util.Locale;
import org.safepace.bot.dialogue.BotReply;

/** The API's view of a reply: the exact contract the widget, the channels and outside tests rely on. */
record ChatResponse(String sessionId, String reply, Triage triage, String audience, List<Source> sources,
                    List<String> suggestions, List<String> offers) {

    record Triage(String level, List<String> categories) {
    }

    record Source(String articleId, String title, String section) {
    }

    static ChatResponse from(BotReply reply) {
        return new ChatResponse(
                reply.sessionId(),
                reply.text(),
                new Triage(reply.triage().level().name(), reply.triage().categories()),
                reply.audience().name().toLowerCase(Locale.ROOT),
                reply.sources().stream().map(s -> new Source(s.articleId(), s.title(), s.section())).toList(),
                reply.suggestions(),
                reply.offers());
    }
}
