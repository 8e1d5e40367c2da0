package org.safepace.bot.channel.web;

import java.util.Locale;
import java.util.regex.Pattern;
import org.safepace.bot.dialogue.AudienceHint;
import io.swagger.v3.oas.annotations.media.Schema;
import org.safepace.bot.system.InvalidRequestException;
import org.safepace.bot.text.TextNormaliser;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The body of {@code POST /api/v1/chat} and {@code /api/v1/chat/stream}; every field is a JSON string or absent. */
record ChatRequest(@Schema(description = "from an earlier reply; missing, unknown or expired starts a new session")
                   @JsonDeserialize(using = JsonText.class) String sessionId,
                   @Schema(description = "1-2000 characters after trimming", requiredMode = Schema.RequiredMode.REQUIRED,
                           minLength = 1, maxLength = MAX_MESSAGE_CHARS)
                   @JsonDeserialize(using = JsonText.class) String message,
                   @Schema(description = "who is asking, when the client knows", allowableValues = {"self", "partner"})
                   @JsonDeserialize(using = JsonText.class) String audience,
                   @Schema(description = "a BCP 47 language tag", example = "en-GB", maxLength = 35)
                   @JsonDeserialize(using = JsonText.class) String locale) {

    static final int MAX_MESSAGE_CHARS = 2000;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}");

    /** The message, trimmed; 1-2000 characters or a 400 that names the problem. */
    String validMessage() {
        if (message == null) {
            throw new InvalidRequestException("message", "message is required");
        }
        String trimmed = message.strip();
        if (TextNormaliser.blank(trimmed)) {
            throw new InvalidRequestException("message", "message must not be empty");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_MESSAGE_CHARS) {
            throw new InvalidRequestException("message",
                    "message must be at most " + MAX_MESSAGE_CHARS + " characters after trimming");
        }
        return trimmed;
    }

    AudienceHint validAudience() {
        if (audience == null) {
            return AudienceHint.UNKNOWN;
        }
        return switch (audience.strip().toLowerCase(Locale.ROOT)) {
            case "self" -> AudienceHint.SELF;
            case "partner" -> AudienceHint.PARTNER;
            default -> throw new InvalidRequestException("audience", "audience must be \"self\" or \"partner\"");
        };
    }

    String validLocale() {
        if (locale == null) {
            return null;
        }
        if (locale.length() > 35 || !LANGUAGE_TAG.matcher(locale).matches()) {
            throw new InvalidRequestException("locale", "locale must be a BCP 47 language tag such as \"en-GB\"");
        }
        return locale;
    }

    /** Session ids are opaque; anything odd is treated as unknown (a new session), never as an error. */
    String sessionIdOrNull() {
        return sessionId == null || sessionId.length() > 128 ? null : sessionId;
    }
}
