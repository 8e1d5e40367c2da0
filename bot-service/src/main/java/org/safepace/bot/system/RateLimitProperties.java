package org.safepace.bot.system;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Token buckets per session and per client address: the burst allowed and the tokens added back each minute.
 * A person typing fast fits well inside the session bucket; a clinic's shared network may carry several people
 * at once, hence the larger address bucket.
 *
 * @param enabled                 limit messages per session and per client address
 * @param sessionCapacity         messages a session may send in a burst
 * @param sessionRefillPerMinute  messages per minute a session may send once its burst is used
 * @param addressCapacity         requests one client address may send in a burst
 * @param addressRefillPerMinute  requests per minute one client address may send once its burst is used
 */
@Validated
@ConfigurationProperties("safepace.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20") @Min(value = 1, message = "safepace.rate-limit.session-capacity must be at least 1")
        int sessionCapacity,
        @DefaultValue("10") @Min(value = 1, message = "safepace.rate-limit.session-refill-per-minute must be at least 1")
        int sessionRefillPerMinute,
        @DefaultValue("120") @Min(value = 1, message = "safepace.rate-limit.address-capacity must be at least 1")
        int addressCapacity,
        @DefaultValue("120") @Min(value = 1, message = "safepace.rate-limit.address-refill-per-minute must be at least 1")
        int addressRefillPerMinute) {
}
