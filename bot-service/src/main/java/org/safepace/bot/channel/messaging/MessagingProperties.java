package org.safepace.bot.channel.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
public record MessagingProperties(String sessionKeySecret, DataSize maxBodySize, @Valid Sender sender) {

    public MessagingProperties {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(64) : maxBodySize;
        sender = sender == null ? Sender.DEFAULTS : sender;
        if (maxBodySize.toBytes() < 1024 || maxBodySize.toBytes() > DataSize.ofMegabytes(1).toBytes()) {
            throw new IllegalArgumentException(
                    "safepace.channels.max-body-size must be between 1KB and 1MB, was " + maxBodySize);
        }
        if (sessionKeySecret != null && !sessionKeySecret.isBlank() && sessionKeySecret.length() < 16) {
            throw new IllegalArgumentException(
                    "safepace.channels.session-key-secret must have at least 16 characters");
        }
    }

    /** The secret, as a value that says whether it is configured. */
    public boolean hasSessionKeySecret() {
        return sessionKeySecret != null && !sessionKeySecret.isBlank();
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
    public record Sender(@Min(1) @Max(20) int maxAttempts, Duration baseBackoff, Duration maxBackoff,
                         @Min(1) @Max(100_000) int queueCapacity, @Min(1) @Max(32) int threads,
                         Duration connectTimeout, Duration readTimeout,
                         @DurationMax(minutes = 5,
                                 message = "safepace.channels.sender.drain-timeout must be at most 5m")
                         Duration drainTimeout) {

        static final Sender DEFAULTS = new Sender(5, null, null, 1000, 2, null, null, null);

        public Sender(int maxAttempts, Duration baseBackoff, Duration maxBackoff, int queueCapacity, int threads,
                      Duration connectTimeout, Duration readTimeout) {
            this(maxAttempts, baseBackoff, maxBackoff, queueCapacity, threads, connectTimeout, readTimeout, null);
        }

        @ConstructorBinding
        public Sender {
            drainTimeout = drainTimeout == null ? Duration.ofSeconds(10) : drainTimeout;
            if (drainTimeout.isNegative()) {
                throw new IllegalArgumentException(
                        "safepace.channels.sender.drain-timeout must not be negative, was " + drainTimeout);
            }
            maxAttempts = maxAttempts == 0 ? 5 : maxAttempts;
            queueCapacity = queueCapacity == 0 ? 1000 : queueCapacity;
            threads = threads == 0 ? 2 : threads;
            baseBackoff = baseBackoff == null ? Duration.ofMillis(500) : baseBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
            if (baseBackoff.isNegative() || baseBackoff.isZero()) {
                throw new IllegalArgumentException(
                        "safepace.channels.sender.base-backoff must be positive, was " + baseBackoff);
            }
            if (maxBackoff.compareTo(baseBackoff) < 0) {
                throw new IllegalArgumentException("safepace.channels.sender.max-backoff (" + maxBackoff
                        + ") must not be below base-backoff (" + baseBackoff + ")");
            }
            if (connectTimeout.isNegative() || connectTimeout.isZero()
                    || readTimeout.isNegative() || readTimeout.isZero()) {
                throw new IllegalArgumentException("safepace.channels.sender connect-timeout and read-timeout "
                        + "must be positive, were " + connectTimeout + " and " + readTimeout);
            }
        }
    }
}
