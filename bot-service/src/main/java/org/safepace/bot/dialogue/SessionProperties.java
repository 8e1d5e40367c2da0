package org.safepace.bot.dialogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
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
public record SessionProperties(
        @NotNull(message = "safepace.sessions.idle-timeout must be set")
        @DurationMin(nanos = 1, message = "safepace.sessions.idle-timeout must be positive")
        @DefaultValue("30m") Duration idleTimeout,
        @Min(value = 1, message = "safepace.sessions.max-sessions must be at least 1")
        @Max(value = 10_000_000, message = "safepace.sessions.max-sessions must be at most 10000000")
        @DefaultValue("50000") int maxSessions) {
}
