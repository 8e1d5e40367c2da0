package org.safepace.bot.channel.messaging;

import java.util.LinkedHashSet;
import java.util.Set;
import org.safepace.bot.dialogue.BotReply;

/** The Markdown a messaging app shows for a reply: its text, then a short line naming its sources. */
public final class ReplyText {

    private ReplyText() {
    }

    public static String markdownOf(BotReply reply) {
        String text = reply.text() == null ? "" : reply.text().strip();
        Set<String> titles = new LinkedHashSet<>();
        if (reply.sources() != null) {
            reply.sources().stream()
                    .map(BotReply.SourceRef::title)
                    .filter(title -> title != null && !title.isBlank())
                    .forEach(title -> titles.add(title.strip()));
        }
        if (titles.isEmpty()) {
            return text;
        }
        return text + "\n\n**Sources:** " + String.join("; ", titles);
    }
}
