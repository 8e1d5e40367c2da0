package org.safepace.bot.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyWordingTests {

    private static final Path PROMPTS = Path.of("..", "prompts");

    private static String repliesYaml() throws IOException {
        return Files.readString(PROMPTS.resolve("replies.yml"));
    }

    @Test
    void theShippedRepliesHaveEveryKeyWithExactlyItsPlaceholders() throws IOException {
        ReplyWording wording = ReplyWording.parse(repliesYaml(), "prompts/replies.yml");

        assertThat(wording.render(Reply.FIRST_USE_NOTICE, Map.of("emergencyNumber", "112")))
                .contains("112").doesNotContain("{");
        assertThat(wording.lines(Reply.DEFAULT_SUGGESTIONS)).hasSizeBetween(2, 4);
    }

    /**
     * Issue 10 item 6: the pressure reply says why (consent, pace, the fear-tension-pain cycle) and what a partner can
     * do instead, in words that fit a partner of any gender (no "she", "he", "her", "him").
     */
    @Test
    void thePressureReplySaysWhyAndWhatHelpsForAPartnerOfAnyGender() throws IOException {
        String reply = ReplyWording.parse(repliesYaml(), "prompts/replies.yml").text(Reply.CONSENT_BOUNDARY);

        assertThat(reply).contains("Consent", "taken back", "pace", "fear-tension-pain cycle", "What does help",
                "no deadline", "other ways to be intimate", "support their treatment");
        assertThat(reply.toLowerCase(java.util.Locale.ROOT)).doesNotContainPattern("\\b(?:she|he|her|him|his|hers|girlfriend|boyfriend|wife|husband)\\b");
    }

    @Test
    void aMissingReplyFailsWithItsKey() throws IOException {
        String yaml = repliesYaml().replace("goodbye: |-", "farewell: |-");

        assertThatThrownBy(() -> ReplyWording.parse(yaml, "test.yml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.yml").hasMessageContaining("'goodbye'");
    }

    @Test
    void aMisspeltPlaceholderFailsWithTheReplyAndTheExpectedNames() throws IOException {
        String yaml = repliesYaml().replace("{emergencyNumber}. Our", "{emergencyNo}. Our");

        assertThatThrownBy(() -> ReplyWording.parse(yaml, "test.yml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("first-use-notice").hasMessageContaining("emergencyNumber");
    }

    @Test
    void renderingWithoutAValueFails() throws IOException {
        ReplyWording wording = ReplyWording.parse(repliesYaml(), "prompts/replies.yml");

        assertThatThrownBy(() -> wording.render(Reply.NEXT_STEP, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("section");
    }

    @Test
    void promptTemplatesAreCheckedForTheirPlaceholders() throws IOException {
        String answer = Files.readString(PROMPTS.resolve("answer-prompt.txt"));
        PromptTemplate template = PromptTemplate.checked("answer-prompt.txt", answer,
                java.util.Set.of("passages", "question"));

        assertThat(template.render(Map.of("passages", "P", "question", "Q"))).contains("Question: Q");
        assertThatThrownBy(() -> PromptTemplate.checked("answer-prompt.txt", answer, java.util.Set.of("question")))
                .hasMessageContaining("answer-prompt.txt");
    }

    @Test
    void theReplyThatReplacesARejectedOneItselfPassesTheOutboundCheck() throws IOException {
        ReplyWording wording = ReplyWording.parse(repliesYaml(), "prompts/replies.yml");
        assertThat(new org.safepace.bot.safety.OutboundCheck().check(wording.text(Reply.REPLY_REPLACED)).reasons())
                .isEmpty();
    }

    @Test
    void noShippedReplyBreaksTheToneRules() throws IOException {
        ReplyWording wording = ReplyWording.parse(repliesYaml(), "prompts/replies.yml");
        ToneCheck tone = ToneCheck.parse(Files.readString(PROMPTS.resolve("tone-blocklist.txt")), "blocklist");
        for (Reply reply : Reply.values()) {
            Map<String, String> values = reply.placeholders().stream()
                    .collect(java.util.stream.Collectors.toMap(p -> p, p -> "value"));
            assertThat(tone.firstViolation(wording.render(reply, values))).as(reply.key()).isEmpty();
        }
    }
}
