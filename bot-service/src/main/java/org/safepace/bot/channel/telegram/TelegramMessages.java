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

    /** The callback_data of the call-back consent button (Telegram allows 64 bytes). */
    static final String CONSENT_DATA = "callback:consent";
    static final String CONSENT_BUTTON = "Yes, ask the clinic to answer me here";

    /** The consent text with its one inline button; tapping it sends {@link #CONSENT_DATA} back to the webhook. */
    static byte[] consent(long chatId, String consentText) {
        ObjectNode body = JSON.createObjectNode();
        body.put("chat_id", chatId);
        body.put("text", MarkdownText.toPlainText(consentText));
        body.putObject("link_preview_options").put("is_disabled", true);
        body.putObject("reply_markup").putArray("inline_keyboard").addArray().addObject()
                .put("text", CONSENT_BUTTON).put("callback_data", CONSENT_DATA);
        return JSON.writeValueAsBytes(body);
    }

    /** Staff's own words, sent as they typed them (no Markdown is removed), with no keyboard. */
    static byte[] staffReply(long chatId, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("chat_id", chatId);
        body.put("text", text);
        body.putObject("link_preview_options").put("is_disabled", true);
        return JSON.writeValueAsBytes(body);
    }

    /** Stops the button's spinner; Telegram wants every callback query answered. */
    static byte[] answerCallbackQuery(String callbackQueryId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("callback_query_id", callbackQueryId);
        return JSON.writeValueAsBytes(body);
    }

    /** The Bot API method a body is for: each queued body is one call, and only these two kinds are queued. */
    static String methodOf(byte[] body) {
        return JSON.readTree(body).has("callback_query_id") ? "/answerCallbackQuery" : "/sendMessage";
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
