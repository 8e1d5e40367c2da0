package org.safepace.bot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.system.InvalidRequestException;

class ChatRequestTests {

    @Test
    void trimsTheMessageAndCountsItsLengthAfterTrimming() {
        String padded = "   " + "a".repeat(2000) + "   ";
        assertThat(new ChatRequest(null, padded, null, null).validMessage()).hasSize(2000);
        assertThatThrownBy(() -> new ChatRequest(null, "a".repeat(2001), null, null).validMessage())
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("2000");
    }

    @Test
    void rejectsMissingAndBlankMessages() {
        assertThatThrownBy(() -> new ChatRequest(null, null, null, null).validMessage())
                .hasMessageContaining("required");
        assertThatThrownBy(() -> new ChatRequest(null, " \n\t ", null, null).validMessage())
                .hasMessageContaining("empty");
    }

    @Test
    void aMessageOfOnlyInvisibleCharactersIsEmptyToo() {
        // The probe found these answered with a random passage: strip() keeps all of them.
        for (String invisible : new String[] {"\u200B", " ".repeat(1999) + "\u200B", "\u00A0\u00A0", "\u200D\u00AD\uFEFF",
                "\u2060\u202F", "\u0000\u0007"}) {
            assertThatThrownBy(() -> new ChatRequest(null, invisible, null, null).validMessage())
                    .as(invisible.codePoints().mapToObj(Integer::toHexString).toList().toString())
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("message"))
                    .hasMessageContaining("empty");
        }
        assertThat(new ChatRequest(null, "\u200Bhi\u200B", null, null).validMessage()).isEqualTo("\u200Bhi\u200B");
        assertThat(new ChatRequest(null, "\uD83D\uDE22", null, null).validMessage()).isEqualTo("\uD83D\uDE22");
    }

    @Test
    void acceptsOnlySelfOrPartnerAsAudience() {
        assertThat(new ChatRequest(null, "x", "partner", null).validAudience()).isEqualTo(AudienceHint.PARTNER);
        assertThat(new ChatRequest(null, "x", null, null).validAudience()).isEqualTo(AudienceHint.UNKNOWN);
        assertThatThrownBy(() -> new ChatRequest(null, "x", "doctor", null).validAudience())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("audience"));
    }

    @Test
    void checksTheLocaleIsALanguageTag() {
        assertThat(new ChatRequest(null, "x", null, "en-GB").validLocale()).isEqualTo("en-GB");
        assertThatThrownBy(() -> new ChatRequest(null, "x", null, "<script>").validLocale())
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void streamedChunksJoinBackToTheExactReply() {
        String reply = "A reply that is long enough to need several chunks, with **bold** and\n- a list item.";
        assertThat(String.join("", ChatController.chunks(reply))).isEqualTo(reply);
        assertThat(ChatController.chunks(reply)).hasSizeGreaterThan(1);
        assertThat(ChatController.chunks("")).isEmpty();
    }
}
