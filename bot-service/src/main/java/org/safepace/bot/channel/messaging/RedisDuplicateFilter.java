package org.safepace.bot.channel.messaging;

import java.time.Duration;
import org.safepace.bot.state.RedisState;

/** SET NX EX per update id: of two instances receiving the same update at once, exactly one claims it. */
final class RedisDuplicateFilter implements DuplicateFilter {

    private final RedisState redis;
    private final Duration ttl;

    RedisDuplicateFilter(RedisState redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public boolean claim(String id) {
        return Boolean.TRUE.equals(redis.call("duplicate claim",
                () -> redis.template().opsForValue().setIfAbsent(key(id), "1", ttl)));
    }

    @Override
    public void release(String id) {
        redis.run("duplicate release", () -> redis.template().delete(key(id)));
    }

    private String key(String id) {
        return redis.key("d:" + id);
    }
}
