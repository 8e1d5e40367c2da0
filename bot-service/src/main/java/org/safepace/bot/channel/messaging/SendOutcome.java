package org.safepace.bot.channel.messaging;

import java.time.Duration;
import java.util.Optional;

/**
 * What one call to a platform API came to.
 *
 * @param status     the HTTP status, 0 when no response arrived (connection refused, timeout)
 * @param retryAfter the platform's requested wait, when it gave one
 */
public record SendOutcome(Kind kind, int status, Optional<Duration> retryAfter) {

    public enum Kind {
        /** Accepted by the platform. */
        DELIVERED,
        /** Worth another attempt: 429, 5xx or no response. */
        RETRY,
        /** The platform refused it for good (4xx other than 429); retrying would not help. */
        REJECTED
    }

    public static SendOutcome delivered(int status) {
        return new SendOutcome(Kind.DELIVERED, status, Optional.empty());
    }

    public static SendOutcome retry(int status, Optional<Duration> retryAfter) {
        return new SendOutcome(Kind.RETRY, status, retryAfter);
    }

    public static SendOutcome rejected(int status) {
        return new SendOutcome(Kind.REJECTED, status, Optional.empty());
    }
}
