package org.safepace.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Intent;
import org.safepace.bot.safety.SafetyDecision;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TelegramMessagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<JsonNode> parse(List<byte[]> bodies) {
        return bodies.stream().map(JSON::readTree).toList();
    }

    @Test
    void sendsPlainTextWithSourcesAndTheSuggestionsAsAOneTimeKeyboard() {
        BotReply reply = new BotReply("s", "**Go slowly** and <breathe> & rest.", SafetyDecision.NONE,
                AudienceHint.SELF, List.of(new BotReply.SourceRef("a1", "Starting gently", "intro")),
                List.of("Why does it hurt?", "What can my partner do?"), Intent.QUESTION);
        JsonNode message = parse(TelegramMessages.forReply(42L, reply)).get(0);
        assertThat(message.path("chat_id").asLong()).isEqualTo(42L);
        assertThat(message.path("text").stringValue())
                .isEqualTo("Go slowly and <breathe> & rest.\n\nSources: Starting gently");
        assertThat(message.has("parse_mode")).isFalse();
        assertThat(message.at("/reply_markup/keyboard/0/0/text").stringValue()).isEqualTo("Why does it hurt?");
        assertThat(message.at("/reply_markup/keyboard/1/0/text").stringValue()).isEqualTo("What can my partner do?");
        assertThat(message.at("/reply_markup/one_time_keyboard").asBoolean()).isTrue();
        assertThat(message.at("/reply_markup/resize_keyboard").asBoolean()).isTrue();
    }

    @Test
    void withoutSuggestionsAnEarlierKeyboardIsRemoved() {
        JsonNode message = parse(TelegramMessages.forText(1L, "Done.", List.of())).get(0);
        assertThat(message.at("/reply_markup/remove_keyboard").asBoolean()).isTrue();
    }

    @Test
    void aLongReplyIsSplitAndOnlyTheLastPartCarriesTheKeyboard() {
        String reply = ("A paragraph of calm advice. ".repeat(40) + "\n\n").repeat(5);
        List<JsonNode> messages = parse(TelegramMessages.forText(1L, reply, List.of("Why?")));
        assertThat(messages).hasSize(2);
        assertThat(messages).allSatisfy(m -> assertThat(m.path("text").stringValue().length())
                .isLessThanOrEqualTo(4096));
        assertThat(messages.get(0).has("reply_markup")).isFalse();
        assertThat(messages.get(1).at("/reply_markup/keyboard/0/0/text").stringValue()).isEqualTo("Why?");
    }

    @Test
    void theConsentMessageCarriesOneInlineButtonAndAnswersGoToTheirOwnMethod() {
        byte[] consent = TelegramMessages.consent(42L, "Only clinic staff can see it.");
        JsonNode message = JSON.readTree(consent);
        assertThat(message.path("text").stringValue()).isEqualTo("Only clinic staff can see it.");
        assertThat(message.at("/reply_markup/inline_keyboard/0/0/callback_data").stringValue())
                .isEqualTo(TelegramMessages.CONSENT_DATA);
        assertThat(TelegramMessages.CONSENT_DATA.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(64);
        assertThat(TelegramMessages.methodOf(consent)).isEqualTo("/sendMessage");
        assertThat(TelegramMessages.methodOf(TelegramMessages.answerCallbackQuery("q1")))
                .isEqualTo("/answerCallbackQuery");
    }
}
