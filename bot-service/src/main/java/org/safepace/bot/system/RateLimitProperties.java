package org.safepace.bot.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token buckets per session and per client address: the burst allowed and the tokens added back each minute.
 * A person typing fast fits well inside the session bucket; a clinic's shared network may carry several people
 * at once, hence the larger address bucket.
 */
@ConfigurationProperties("safepace.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue("20") int sessionCapacity,
                                  @DefaultValue("10") int sessionRefillPerMinute,
                                  @DefaultValue("120") int addressCapacity,
                                  @DefaultValue("120") int addressRefillPerMinute) {

    public RateLimitProperties {
        requirePositive("session-capacity", sessionCapacity);
        requirePositive("session-refill-per-minute", sessionRefillPerMinute);
        requirePositive("address-capacity", addressCapacity);
        requirePositive("address-refill-per-minute", addressRefillPerMinute);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("safepace.rate-limit." + name + " must be at least 1, not " + value);
        }
    }
}
