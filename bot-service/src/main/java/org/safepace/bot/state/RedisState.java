package org.safepace.bot.state;

import io.lettuce.core.RedisException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The shared Redis every adapter writes to: one key prefix for all of them, and one translation of a failed call
 * into {@link StateUnavailableException}, so callers refuse the request whole instead of half-answering it.
 */
public final class RedisState {

    private final StringRedisTemplate redis;
    private final String prefix;

    public RedisState(StringRedisTemplate redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    /** The full key for an adapter's own name, e.g. {@code key("s:" + sessionId)}. */
    public String key(String name) {
        return prefix + name;
    }

    public StringRedisTemplate template() {
        return redis;
    }

    /** Runs one Redis call; a connection failure or timeout becomes {@link StateUnavailableException}. */
    public <T> T call(String what, Supplier<T> action) {
        try {
            return action.get();
        } catch (DataAccessException | RedisException e) {
            throw new StateUnavailableException(what, e);
        }
    }

    public void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }

    /** Whether Redis answers a PING now. */
    public boolean reachable() {
        try {
            String pong = redis.execute((org.springframework.data.redis.core.RedisCallback<String>)
                    connection -> connection.ping());
            return "PONG".equalsIgnoreCase(pong);
        } catch (DataAccessException | RedisException e) {
            return false;
        }
    }
}
