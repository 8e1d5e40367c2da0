package org.safepace.bot.system;

import java.util.List;
import org.safepace.bot.state.RedisState;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The same token bucket as {@link MemoryTokenBuckets}, as one atomic Lua script on Redis, so every instance takes
 * from one bucket. Redis's own clock is used, so instances' clocks need not agree. A bucket (a hash: last time,
 * tokens) expires once it would be full again, when a missing bucket means the same thing.
 */
final class RedisTokenBuckets implements TokenBuckets {

    private static final RedisScript<Long> TAKE = new DefaultRedisScript<>("""
            local capacity = tonumber(ARGV[1])
            local per_micro = tonumber(ARGV[2]) / 60000000
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
            local bucket = redis.call('HMGET', KEYS[1], 't', 'n')
            local tokens = tonumber(bucket[2]) or capacity
            local last = tonumber(bucket[1]) or now
            tokens = math.min(capacity, tokens + math.max(0, now - last) * per_micro)
            local wait = 0
            if tokens >= 1 then
              tokens = tokens - 1
            else
              wait = math.ceil((1 - tokens) / per_micro)
            end
            redis.call('HSET', KEYS[1], 't', string.format('%d', now), 'n', string.format('%.6f', tokens))
            redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / per_micro / 1000) + 1000)
            return wait
            """, Long.class);

    private final RedisState redis;

    RedisTokenBuckets(RedisState redis) {
        this.redis = redis;
    }

    @Override
    public long take(String key, int capacity, int refillPerMinute) {
        Long waitMicros = redis.call("rate limit", () -> redis.template().execute(TAKE, List.of(redis.key("rl:" + key)),
                Integer.toString(capacity), Integer.toString(refillPerMinute)));
        return waitMicros == null ? 0 : waitMicros * 1000;
    }
}
