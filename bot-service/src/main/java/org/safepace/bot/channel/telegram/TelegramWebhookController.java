package org.safepace.bot.channel.telegram;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.safepace.bot.system.Problems;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram's webhook: checks the secret before parsing anything, then hands the update to the channel. The body
 * arrives already read, within {@code safepace.channels.max-body-size} and the body deadline (the filter in
 * {@code system} answers 413 and 408 itself), so no worker thread waits on a slow client here.
 */
@RestController
@ConditionalOnTelegram
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TelegramChannel channel;

    TelegramWebhookController(TelegramChannel channel) {
        this.channel = channel;
    }

    @PostMapping("/channels/telegram/webhook")
    ResponseEntity<?> receive(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                 HttpServletRequest request) throws IOException {
        if (!channel.authentic(secret)) {
            log.warn("telegram: webhook call with a missing or wrong secret token refused");
            return Problems.response(HttpStatus.UNAUTHORIZED);
        }
        JsonNode update;
        try {
            update = JSON.readTree(request.getInputStream().readAllBytes());
        } catch (JacksonException e) {
            return Problems.response(HttpStatus.BAD_REQUEST);
        }
        // 503 makes Telegram deliver the update again later; every other outcome is final.
        return switch (channel.handle(update)) {
            case BUSY -> Problems.response(HttpStatus.SERVICE_UNAVAILABLE);
            case MALFORMED -> Problems.response(HttpStatus.BAD_REQUEST);
            case HANDLED, DUPLICATE, IGNORED -> ResponseEntity.ok().build();
        };
    }
}
