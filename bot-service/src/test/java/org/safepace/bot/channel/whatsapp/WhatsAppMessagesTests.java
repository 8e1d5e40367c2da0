package org.safepace.bot.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WhatsAppMessagesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<JsonNode> parse(List<byte[]> bodies) {
        return bodies.stream().map(JSON::readTree).toList();
    }

    @Test
    void aShortReplyWithSuggestionsIsOneButtonMessageInWhatsAppFormatting() {
        List<JsonNode> bodies = parse(WhatsAppMessages.forText("16315551181", "**Go slowly** and breathe.",
                List.of("Why does it hurt?")));
        assertThat(bodies).hasSize(1);
        JsonNode message = bodies.get(0);
        assertThat(message.path("messaging_product").stringValue()).isEqualTo("whatsapp");
        assertThat(message.path("to").stringValue()).isEqualTo("16315551181");
        assertThat(message.path("type").stringValue()).isEqualTo("interactive");
        assertThat(message.at("/interactive/body/text").stringValue()).isEqualTo("*Go slowly* and breathe.");
        assertThat(message.at("/interactive/action/buttons/0/reply/title").stringValue()).isEqualTo("Why does it hurt?");
    }

    @Test
    void withoutSuggestionsItIsPlainTextWithoutALinkPreview() {
        JsonNode message = parse(WhatsAppMessages.forText("1", "Hello", List.of())).get(0);
        assertThat(message.path("type").stringValue()).isEqualTo("text");
        assertThat(message.at("/text/body").stringValue()).isEqualTo("Hello");
        assertThat(message.at("/text/preview_url").asBoolean()).isFalse();
    }

    @Test
    void aLastPieceTooLongForAButtonMessageIsFollowedByTheButtonsOnTheirOwn() {
        String longParagraph = "Breathe out slowly. ".repeat(60); // 1,200 characters
        List<JsonNode> bodies = parse(WhatsAppMessages.forText("1", longParagraph, List.of("Why?")));
        assertThat(bodies).extracting(b -> b.path("type").stringValue()).containsExactly("text", "interactive");
        assertThat(bodies.get(1).at("/interactive/body/text").stringValue())
                .isEqualTo(WhatsAppMessages.BUTTONS_ONLY_BODY);
    }

    @Test
    void aReplyOverTheTextLimitIsSplitIntoSeveralMessages() {
        String reply = ("A paragraph of calm advice. ".repeat(40) + "\n\n").repeat(5); // about 5,600 characters
        List<JsonNode> bodies = parse(WhatsAppMessages.forText("1", reply, List.of()));
        assertThat(bodies).hasSize(2).allSatisfy(b -> assertThat(b.at("/text/body").stringValue().length())
                .isLessThanOrEqualTo(4096));
    }

    @Test
    void theConsentMessageIsOneReplyButtonWithinTheTitleLimit() {
        JsonNode message = JSON.readTree(WhatsAppMessages.consent("16315551181", "Only **clinic staff** see it."));
        assertThat(message.at("/interactive/body/text").stringValue()).isEqualTo("Only *clinic staff* see it.");
        assertThat(message.at("/interactive/action/buttons").size()).isEqualTo(1);
        assertThat(message.at("/interactive/action/buttons/0/reply/id").stringValue())
                .isEqualTo(WhatsAppMessages.CONSENT_ID);
        assertThat(message.at("/interactive/action/buttons/0/reply/title").stringValue().length())
                .isLessThanOrEqualTo(ReplyButtons.MAX_TITLE);
    }
}
