package org.safepace.bot.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import org.safepace.bot.channel.messaging.MarkdownText;
import org.safepace.bot.channel.messaging.ReplyText;
import org.safepace.bot.channel.messaging.TextSplitter;
import org.safepace.bot.dialogue.BotReply;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a reply into {@code sendMessage} bodies.
 *
 * <p>Text goes out without a {@code parse_mode}: Telegram then shows every character as sent, so no reply can fail
 * with "can't parse entities" or be cut inside a tag when it is split. The Markdown symbols are removed instead.
 */
final class TelegramMessages {

    /** sendMessage's limit for the text, in UTF-16 units. */
    static final int MAX_TEXT = 4096;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TelegramMessages() {
    }

    static List<byte[]> forReply(long chatId, BotReply reply) {
        return forText(chatId, ReplyText.markdownOf(reply), reply.suggestions() == null ? List.of() : reply.suggestions());
    }

    /**
     * @param suggestions shown as a one-time reply keyboard under the last message; none removes an earlier keyboard
     */
    static List<byte[]> forText(long chatId, String markdown, List<String> suggestions) {
        List<String> chunks = TextSplitter.split(MarkdownText.toPlainText(markdown), MAX_TEXT);
        List<byte[]> bodies = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            ObjectNode body = JSON.createObjectNode();
            body.put("chat_id", chatId);
            body.put("text", chunks.get(i));
            // No link previews: a preview would fetch the page and show it under a private conversation.
            body.putObject("link_preview_options").put("is_disabled", true);
            if (i == chunks.size() - 1) {
                body.set("reply_markup", keyboard(body, suggestions));
            }
            bodies.add(JSON.writeValueAsBytes(body));
        }
        return bodies;
    }

    private static ObjectNode keyboard(ObjectNode body, List<String> suggestions) {
        ObjectNode markup = body.objectNode();
        List<String> usable = suggestions.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        if (usable.isEmpty()) {
            markup.put("remove_keyboard", true);
            return markup;
        }
        ArrayNode rows = markup.putArray("keyboard");
        // One suggestion per row: they are whole questions, too long to sit side by side.
        usable.forEach(s -> rows.addArray().addObject().put("text", s));
        markup.put("one_time_keyboard", true);
        markup.put("resize_keyboard", true);
        return markup;
    }
}
