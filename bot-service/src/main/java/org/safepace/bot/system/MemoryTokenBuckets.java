package org.safepace.bot.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Buckets in memory and bounded: idle buckets are dropped, which only ever gives a returning client a full bucket.
 */
final class MemoryTokenBuckets implements TokenBuckets {

    private final LongSupplier nanoClock;
    private final Cache<String, TokenBucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    MemoryTokenBuckets(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    @Override
    public long take(String key, int capacity, int refillPerMinute) {
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
