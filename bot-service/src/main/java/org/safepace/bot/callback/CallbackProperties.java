package org.safepace.bot.callback;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * After-hours call-back requests.
 *
 * @param enabled       whether people can ask the clinic to contact them (also needs a staff account)
 * @param encryptionKey 32 bytes, base64, for the personal fields (AES-GCM); with the embedded database and no key,
 *                      a key file is created in the data directory, readable by its owner only
 * @param retention     how long a request is kept after it is done or expired (withdrawn ones are deleted at once)
 * @param expiresAfter  how long an open request waits for staff before it expires
 */
@Validated
@ConfigurationProperties("safepace.callbacks")
public record CallbackProperties(
        @DefaultValue("false") boolean enabled,
        String encryptionKey,
        @NotNull(message = "safepace.callbacks.retention must be set")
        @DurationMin(nanos = 1, message = "safepace.callbacks.retention must be positive")
        @DefaultValue("14d") Duration retention,
        @NotNull(message = "safepace.callbacks.expires-after must be set")
        @DurationMin(nanos = 1, message = "safepace.callbacks.expires-after must be positive")
        @DefaultValue("14d") Duration expiresAfter) {

    public CallbackProperties {
        encryptionKey = encryptionKey == null || encryptionKey.isBlank() ? null : encryptionKey.strip();
    }
}
