package org.safepace.bot.system;

/**
 * Token-bucket limits per session and per client address; the buckets live in a {@link TokenBuckets} store (memory,
 * or Redis shared by all instances), which decides nothing but the arithmetic of one bucket.
 */
public class RateLimiter {

    private final RateLimitProperties properties;
    private final TokenBuckets buckets;
    private final SafePaceMetrics metrics;

    RateLimiter(RateLimitProperties properties, TokenBuckets buckets) {
        this(properties, buckets, SafePaceMetrics.inMemory());
    }

    RateLimiter(RateLimitProperties properties, TokenBuckets buckets, SafePaceMetrics metrics) {
        this.properties = properties;
        this.buckets = buckets;
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
        return buckets.take(key, capacity, refillPerMinute);
    }
}
