package org.safepace.bot.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Token-bucket limits per session and per client address, in memory and bounded: idle buckets are dropped,
 * which only ever gives a returning client a full bucket.
 */
public class RateLimiter {

    private final RateLimitProperties properties;
    private final LongSupplier nanoClock;
    private final SafePaceMetrics metrics;
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    RateLimiter(RateLimitProperties properties, SafePaceMetrics metrics) {
        this(properties, System::nanoTime, metrics);
    }

    RateLimiter(RateLimitProperties properties, LongSupplier nanoClock) {
        this(properties, nanoClock, SafePaceMetrics.inMemory());
    }

    RateLimiter(RateLimitProperties properties, LongSupplier nanoClock, SafePaceMetrics metrics) {
        this.properties = properties;
        this.nanoClock = nanoClock;
        this.metrics = metrics;
    }

    /** Takes one token from the address's bucket and, when known, the session's; throws when either is empty. */
    public void check(String address, String sessionId) {
        if (!properties.enabled()) {
            return;
        }
        take("a:" + address, "address", properties.addressCapacity(), properties.addressRefillPerMinute());
        if (sessionId != null) {
            take("s:" + sessionId, "session", properties.sessionCapacity(), properties.sessionRefillPerMinute());
        }
    }

    /**
     * For channels that cannot answer 429 (messaging webhooks): takes one token from the session's bucket, with the
     * same limits as the API; false when it is empty.
     */
    public boolean tryTakeForSession(String sessionId) {
        boolean taken = tryTake("s:" + sessionId, properties.sessionCapacity(), properties.sessionRefillPerMinute());
        if (!taken) {
            metrics.rateLimited("messaging-session");
        }
        return taken;
    }

    /** Takes one token from a named bucket of the given size and pace; false when it is empty. */
    public boolean tryTake(String key, int capacity, int refillPerMinute) {
        if (!properties.enabled()) {
            return true;
        }
        return waitForToken(key, capacity, refillPerMinute) == 0;
    }

    private void take(String key, String kind, int capacity, int refillPerMinute) {
        long waitNanos = waitForToken(key, capacity, refillPerMinute);
        if (waitNanos > 0) {
            metrics.rateLimited(kind);
            throw new RateLimitedException(Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    /** Takes a token from the named bucket: 0 when taken, else the nanoseconds until one will be there. */
    private long waitForToken(String key, int capacity, int refillPerMinute) {
        TokenBucket bucket = buckets.get(key, k -> new TokenBucket(capacity, refillPerMinute, nanoClock.getAsLong()));
        return bucket.tryTake(nanoClock.getAsLong());
    }

    /** A classic token bucket; returns 0 when a token was taken, else the nanoseconds until one will be there. */
    static final class TokenBucket {
        private final double capacity;
        private final double tokensPerNano;
        private double tokens;
        private long last;

        TokenBucket(int capacity, int refillPerMinute, long now) {
            this.capacity = capacity;
            this.tokensPerNano = refillPerMinute / 60e9;
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }
    }
}
