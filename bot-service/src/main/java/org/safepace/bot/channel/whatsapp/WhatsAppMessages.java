package org.safepace.bot.channel.whatsapp;

import java.util.ArrayList;
import java.util.List;
import org.safepace.bot.channel.messaging.MarkdownText;
import org.safepace.bot.channel.messaging.ReplyText;
import org.safepace.bot.channel.messaging.TextSplitter;
import org.safepace.bot.dialogue.BotReply;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns a reply into Cloud API message bodies: text messages, with suggestions as reply buttons on the last one. */
final class WhatsAppMessages {

    /** The limit of a text message body. */
    static final int MAX_TEXT = 4096;
    /** The limit of an interactive message body: a longer last piece goes as text, the buttons after it. */
    static final int MAX_INTERACTIVE_BODY = 1024;
    static final String BUTTONS_ONLY_BODY = "You could also ask:";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WhatsAppMessages() {
    }

    static List<byte[]> forReply(String to, BotReply reply) {
        return forText(to, ReplyText.markdownOf(reply), reply.suggestions() == null ? List.of() : reply.suggestions());
    }

    static List<byte[]> forText(String to, String markdown, List<String> suggestions) {
        List<String> chunks = TextSplitter.split(MarkdownText.toWhatsApp(markdown), MAX_TEXT);
        List<ReplyButtons.Button> buttons = ReplyButtons.of(suggestions);
        List<byte[]> bodies = new ArrayList<>();
        if (chunks.isEmpty()) {
            return bodies;
        }
        int lastText = chunks.size() - 1;
        boolean buttonsOnLast = !buttons.isEmpty() && chunks.get(lastText).length() <= MAX_INTERACTIVE_BODY;
        for (int i = 0; i < chunks.size(); i++) {
            bodies.add(i == lastText && buttonsOnLast ? interactive(to, chunks.get(i), buttons) : text(to, chunks.get(i)));
        }
        if (!buttons.isEmpty() && !buttonsOnLast) {
            bodies.add(interactive(to, BUTTONS_ONLY_BODY, buttons));
        }
        return bodies;
    }

    /** The id of the call-back consent button, echoed back when it is tapped. */
    static final String CONSENT_ID = "callback:consent";
    static final String CONSENT_TITLE = "Yes, answer me here";

    /** The consent text (at most 1,024 characters, an interactive body's limit) with its one reply button. */
    static byte[] consent(String to, String consentText) {
        String text = MarkdownText.toWhatsApp(consentText);
        if (text.length() > MAX_INTERACTIVE_BODY) {
            throw new IllegalArgumentException("the call-back consent wording is longer than a WhatsApp button message");
        }
        return interactive(to, text, List.of(new ReplyButtons.Button(CONSENT_ID, CONSENT_TITLE)));
    }

    private static ObjectNode envelope(String to, String type) {
        ObjectNode body = JSON.createObjectNode();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", to);
        body.put("type", type);
        return body;
    }

    /** Staff's own words as one text message. */
    static byte[] staffReply(String to, String text) {
        return text(to, text);
    }

    private static byte[] text(String to, String text) {
        ObjectNode body = envelope(to, "text");
        // No link preview: it would fetch the page and show it in a private conversation.
        body.putObject("text").put("preview_url", false).put("body", text);
        return JSON.writeValueAsBytes(body);
    }

    private static byte[] interactive(String to, String text, List<ReplyButtons.Button> buttons) {
        ObjectNode body = envelope(to, "interactive");
        ObjectNode interactive = body.putObject("interactive");
        interactive.put("type", "button");
        interactive.putObject("body").put("text", text);
        ArrayNode list = interactive.putObject("action").putArray("buttons");
        buttons.forEach(b -> list.addObject().put("type", "reply")
                .putObject("reply").put("id", b.id()).put("title", b.title()));
        return JSON.writeValueAsBytes(body);
    }
}
