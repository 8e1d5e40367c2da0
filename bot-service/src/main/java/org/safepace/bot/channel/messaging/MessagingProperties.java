package org.safepace.bot.channel.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings shared by the messaging-app channels (Telegram, WhatsApp).
 *
 * @param sessionKeySecret key of the HMAC that turns a platform user id into a session id; when absent a random key
 *                         is made at start, so sessions do not survive a restart; instances sharing a Redis
 *                         need the same one
 * @param maxBodySize      webhook bodies above this size are refused with 413 before they are read further
 * @param sender           how replies are delivered to the platforms
 */
@Validated
@ConfigurationProperties("safepace.channels")
public record MessagingProperties(
        String sessionKeySecret,
        @NotNull(message = "safepace.channels.max-body-size must be set") @DefaultValue("64KB") DataSize maxBodySize,
        @Valid @NotNull(message = "safepace.channels.sender must be set") @DefaultValue Sender sender) {

    /** The secret, as a value that says whether it is configured. */
    public boolean hasSessionKeySecret() {
        return sessionKeySecret != null && !sessionKeySecret.isBlank();
    }

    /** A method, not a constraint on the value, so a refused secret is never repeated in the start-up error. */
    @AssertTrue(message = "safepace.channels.session-key-secret must have at least 16 characters")
    boolean isSessionKeySecretLongEnough() {
        return !hasSessionKeySecret() || sessionKeySecret.length() >= 16;
    }

    @AssertTrue(message = "safepace.channels.max-body-size must be between 1KB and 1MB")
    boolean isMaxBodySizeInRange() {
        return maxBodySize == null || maxBodySize.toBytes() >= 1024
                && maxBodySize.toBytes() <= DataSize.ofMegabytes(1).toBytes();
    }

    @Override
    public String toString() {
        return "MessagingProperties[sessionKeySecret=" + (hasSessionKeySecret() ? "<set>" : "<random>")
                + ", maxBodySize=" + maxBodySize + ", sender=" + sender + "]";
    }

    /**
     * The retrying sender each channel owns.
     *
     * @param maxAttempts    attempts per outgoing message, the first one included
     * @param baseBackoff    wait before the first retry; doubles with each retry (with jitter)
     * @param maxBackoff     upper bound of any wait, a platform's retry-after included
     * @param queueCapacity  replies waiting or retrying at once; above it the webhook answers 503
     * @param threads        sending threads per channel
     * @param connectTimeout TCP connect timeout towards the platform API
     * @param readTimeout    time to wait for the platform's response
     * @param drainTimeout   on a normal stop, how long accepted replies are still sent and retried before the rest
     *                       are dropped (with the Redis store they stay queued for another instance instead)
     */
    public record Sender(
            @Min(value = 1, message = "safepace.channels.sender.max-attempts must be between 1 and 20")
            @Max(value = 20, message = "safepace.channels.sender.max-attempts must be between 1 and 20")
            @DefaultValue("5") int maxAttempts,
            @NotNull(message = "safepace.channels.sender.base-backoff must be set")
            @DurationMin(nanos = 1, message = "safepace.channels.sender.base-backoff must be positive")
            @DefaultValue("500ms") Duration baseBackoff,
            @NotNull(message = "safepace.channels.sender.max-backoff must be set")
            @DefaultValue("30s") Duration maxBackoff,
            @Min(value = 1, message = "safepace.channels.sender.queue-capacity must be between 1 and 100000")
            @Max(value = 100_000, message = "safepace.channels.sender.queue-capacity must be between 1 and 100000")
            @DefaultValue("1000") int queueCapacity,
            @Min(value = 1, message = "safepace.channels.sender.threads must be between 1 and 32")
            @Max(value = 32, message = "safepace.channels.sender.threads must be between 1 and 32")
            @DefaultValue("2") int threads,
            @NotNull(message = "safepace.channels.sender.connect-timeout must be set")
            @DurationMin(nanos = 1, message = "safepace.channels.sender.connect-timeout must be positive")
            @DefaultValue("5s") Duration connectTimeout,
            @NotNull(message = "safepace.channels.sender.read-timeout must be set")
            @DurationMin(nanos = 1, message = "safepace.channels.sender.read-timeout must be positive")
            @DefaultValue("15s") Duration readTimeout,
            @NotNull(message = "safepace.channels.sender.drain-timeout must be set")
            @DurationMin(nanos = 0, message = "safepace.channels.sender.drain-timeout must not be negative")
            @DurationMax(minutes = 5, message = "safepace.channels.sender.drain-timeout must be at most 5m")
            @DefaultValue("10s") Duration drainTimeout) {

        @AssertTrue(message = "safepace.channels.sender.max-backoff must not be below base-backoff")
        boolean isMaxBackoffAtLeastBaseBackoff() {
            return maxBackoff == null || baseBackoff == null || maxBackoff.compareTo(baseBackoff) >= 0;
        }
    }
}
