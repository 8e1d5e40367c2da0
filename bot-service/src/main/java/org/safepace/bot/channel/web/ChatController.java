package org.safepace.bot.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.IncomingMessage;
import org.safepace.bot.system.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The JSON chat API: a thin adapter from HTTP to the conversation service. Its OpenAPI description is generated from
 * these annotations and {@link ApiDocsConfiguration} ({@code /v3/api-docs}); OpenApiIT keeps it true against the
 * running application.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "chat", description = "Ask SafePace a question, as the person with vaginismus or as a partner")
class ChatController {

    /** Roughly a few words per delta event, so a client can render the answer as it arrives. */
    static final int DELTA_CHARS = 48;

    private final ConversationService conversations;
    private final RateLimiter rateLimiter;

    ChatController(ConversationService conversations, RateLimiter rateLimiter) {
        this.conversations = conversations;
        this.rateLimiter = rateLimiter;
    }

    @Operation(summary = "Answer one message", description = "Red flags are triaged first, on every message.")
    @ApiResponse(responseCode = "200", description = "The reply")
    @PostMapping(path = "/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ChatResponse chat(@RequestBody ChatRequest request, HttpServletRequest http) {
        return ChatResponse.from(answer(request, http));
    }

    @Operation(summary = "Answer one message as Server-Sent Events", description = "The same request as /chat. "
            + "`delta` events carry `{\"text\": \"...\"}` chunks that concatenate to the reply; then one `final` "
            + "event carries the whole ChatResponse.")
    @ApiResponse(responseCode = "200", description = "An event stream: delta events, then one final event",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(implementation = ChatResponse.class)))
    @PostMapping(path = "/chat/stream", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestBody ChatRequest request, HttpServletRequest http) throws IOException {
        ChatResponse response = ChatResponse.from(answer(request, http));
        SseEmitter emitter = new SseEmitter(30_000L);
        for (String chunk : chunks(response.reply())) {
            emitter.send(SseEmitter.event().name("delta").data(Map.of("text", chunk), MediaType.APPLICATION_JSON));
        }
        emitter.send(SseEmitter.event().name("final").data(response, MediaType.APPLICATION_JSON));
        emitter.complete();
        return emitter;
    }

    @Operation(summary = "Forget a session and everything said in it", description = "Idempotent; unknown ids too.")
    @ApiResponse(responseCode = "204", description = "Forgotten (or never known)")
    @DeleteMapping("/sessions/{id}")
    ResponseEntity<Void> forget(@Parameter(description = "the sessionId a reply carried") @PathVariable String id) {
        conversations.forget(id);
        return ResponseEntity.noContent().build();
    }

    private BotReply answer(ChatRequest request, HttpServletRequest http) {
        String message = request.validMessage();
        IncomingMessage incoming = new IncomingMessage(request.sessionIdOrNull(), message, request.validAudience(),
                Channel.WEB, request.validLocale());
        rateLimiter.check(http.getRemoteAddr(), incoming.sessionId());
        return conversations.reply(incoming);
    }

    /** Splits the reply at spaces into chunks that, concatenated, give back the exact text. */
    static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + DELTA_CHARS);
            if (end < text.length()) {
                int space = text.indexOf(' ', end);
                end = space < 0 ? text.length() : space + 1;
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }
}
