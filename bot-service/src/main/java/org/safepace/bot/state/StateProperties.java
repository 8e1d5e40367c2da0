package org.safepace.bot.state;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where everything a turn remembers is kept: sessions, rate-limit buckets, the webhook duplicate filter, the
 * per-conversation lock and the messaging send queue.
 *
 * @param store        {@code memory} (one instance; the default) or {@code redis} (any number of instances on one
 *                     Redis, connected through Boot's {@code spring.data.redis.*})
 * @param keyPrefix    put before every Redis key, so deployments (or test runs) sharing a Redis do not collide
 * @param lockLease    a conversation's lock expires after this even if its holder died mid-turn
 * @param lockWait     how long a turn waits for the conversation's previous turn before answering 503
 * @param duplicateTtl how long a webhook update id is remembered (platforms redeliver for a day or more)
 */
@Validated
@ConfigurationProperties("safepace.state")
public record StateProperties(
        @NotNull(message = "safepace.state.store must be memory or redis") @DefaultValue("memory") Store store,
        @Pattern(regexp = "[A-Za-z0-9:_.-]{0,64}",
                message = "safepace.state.key-prefix may hold only letters, digits and : _ . - (at most 64)")
        @DefaultValue("safepace:") String keyPrefix,
        @DurationMin(seconds = 1, message = "safepace.state.lock-lease must be at least 1s")
        @DurationMax(minutes = 10, message = "safepace.state.lock-lease must be at most 10m")
        @DefaultValue("30s") Duration lockLease,
        @DurationMin(millis = 10, message = "safepace.state.lock-wait must be at least 10ms")
        @DurationMax(minutes = 1, message = "safepace.state.lock-wait must be at most 1m")
        @DefaultValue("10s") Duration lockWait,
        @DurationMin(minutes = 1, message = "safepace.state.duplicate-ttl must be at least 1m")
        @DefaultValue("7d") Duration duplicateTtl) {

    public enum Store { MEMORY, REDIS }
}
