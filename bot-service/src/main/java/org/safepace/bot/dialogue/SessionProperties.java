package org.safepace.bot.dialogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long and how many conversations are remembered (max-sessions bounds the memory store; in Redis the idle
 * timeout is each session's TTL).
 *
 * @param idleTimeout a session untouched this long is forgotten
 * @param maxSessions beyond this, the least recently used session is forgotten
 */
@Validated
@ConfigurationProperties("safepace.sessions")
public record SessionProperties(@DefaultValue("30m") Duration idleTimeout,
                                @DefaultValue("50000") @Min(1) @Max(10_000_000) int maxSessions) {
    public SessionProperties {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("safepace.sessions.idle-timeout must be positive, not " + idleTimeout);
        }
    }
}
