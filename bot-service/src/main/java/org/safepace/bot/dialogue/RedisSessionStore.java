package org.safepace.bot.dialogue;

import java.time.Duration;
import org.safepace.bot.state.RedisState;
import org.safepace.bot.state.StateUnavailableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sessions in Redis, shared by every instance: one string key per session holding its {@link Session.Stored} JSON,
 * written whole by one SET after a turn and expiring at the idle timeout (each read or write starts it again).
 */
final class RedisSessionStore implements SessionStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RedisState redis;
    private final Duration idleTimeout;

    RedisSessionStore(RedisState redis, SessionProperties properties) {
        this.redis = redis;
        this.idleTimeout = properties.idleTimeout();
    }

    @Override
    public Session open(String requestedId, Channel channel) {
        if (requestedId != null && MemorySessionStore.ID.matcher(requestedId).matches()) {
            String json = redis.call("session read",
                    () -> redis.template().opsForValue().getAndExpire(key(requestedId), idleTimeout));
            if (json != null) {
                return Session.restore(requestedId, read(json));
            }
            if (channel.keysOwnSessions()) {
                return new Session(requestedId);
            }
        }
        return new Session(MemorySessionStore.newId());
    }

    @Override
    public void save(Session session) {
        String json = JSON.writeValueAsString(session.snapshot());
        redis.run("session write", () -> redis.template().opsForValue().set(key(session.id()), json, idleTimeout));
    }

    @Override
    public void forget(String id) {
        if (id != null) {
            redis.run("session forget", () -> redis.template().delete(key(id)));
        }
    }

    @Override
    public boolean exists(String id) {
        return id != null && Boolean.TRUE.equals(redis.call("session exists", () -> redis.template().hasKey(key(id))));
    }

    /** Counting would mean scanning the keyspace: not done on a shared Redis. */
    @Override
    public long size() {
        return -1;
    }

    private String key(String id) {
        return redis.key("s:" + id);
    }

    private static Session.Stored read(String json) {
        try {
            return JSON.readValue(json, Session.Stored.class);
        } catch (JacksonException e) {
            // Written by a newer or broken instance: refuse rather than silently forget the conversation.
            throw new StateUnavailableException("session read", e);
        }
    }
}
