package org.safepace.bot.channel.web;

import java.util.List;
import java.util.Locale;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.safepace.bot.dialogue.BotReply;

/** The API's view of a reply: the exact contract the widget, the channels and outside tests rely on. */
@Schema(requiredProperties = {"sessionId", "reply", "triage", "audience", "sources", "suggestions", "offers"})
record ChatResponse(@Schema(description = "send it back with the next message") String sessionId,
                    @Schema(description = "plain text with light Markdown") String reply,
                    Triage triage,
                    @Schema(allowableValues = {"self", "partner", "unknown"}) String audience,
                    @Schema(description = "the guidance the reply is drawn from") List<Source> sources,
                    @ArraySchema(maxItems = 4, schema = @Schema(description = "a short follow-up question"))
                    List<String> suggestions,
                    @ArraySchema(schema = @Schema(description = "an action the client may offer, e.g. callback"))
                    List<String> offers) {

    @Schema(requiredProperties = {"level", "categories"})
    record Triage(@Schema(allowableValues = {"NONE", "ROUTINE", "SEEK_CARE", "EMERGENCY"}) String level,
                  @Schema(description = "what was recognised, e.g. bleeding") List<String> categories) {
    }

    @Schema(requiredProperties = {"articleId", "title", "section"})
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
