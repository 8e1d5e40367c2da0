package org.safepace.bot.channel.whatsapp;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.safepace.bot.system.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Cloud API webhook: the subscription check, and notifications verified by signature before being parsed. The
 * body arrives already read, byte for byte, within {@code safepace.channels.max-body-size} and the body deadline (the
 * filter in {@code system} answers 413 and 408 itself), so no worker thread waits on a slow client here.
 */
@RestController
@ConditionalOnWhatsApp
class WhatsAppWebhookController {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    // Meta's challenge is a number; anything else is not echoed back.
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_.-]{1,256}");

    private final WhatsAppChannel channel;

    WhatsAppWebhookController(WhatsAppChannel channel) {
        this.channel = channel;
    }

    @GetMapping("/channels/whatsapp/webhook")
    ResponseEntity<?> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        Optional<String> echo = channel.challenge(mode, token, challenge)
                .filter(c -> CHALLENGE.matcher(c).matches());
        if (echo.isEmpty()) {
            log.warn("whatsapp: subscription check with a wrong verify token or challenge refused");
            return Problems.response(HttpStatus.FORBIDDEN);
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(echo.get());
    }

    @PostMapping("/channels/whatsapp/webhook")
    ResponseEntity<?> receive(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                 HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        // The signature covers the exact bytes received, so it is checked before anything parses them.
        if (!channel.signed(signature, body)) {
            log.warn("whatsapp: webhook call with a missing or wrong signature refused");
            return Problems.response(HttpStatus.UNAUTHORIZED);
        }
        JsonNode notification;
        try {
            notification = JSON.readTree(body);
        } catch (JacksonException e) {
            return Problems.response(HttpStatus.BAD_REQUEST);
        }
        // 503 makes Meta deliver the notification again; messages already queued are then skipped as duplicates.
        return channel.handle(notification) == WhatsAppChannel.Outcome.BUSY
                ? Problems.response(HttpStatus.SERVICE_UNAVAILABLE)
                : ResponseEntity.ok().build();
    }
}
