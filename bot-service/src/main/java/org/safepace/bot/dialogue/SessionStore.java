package org.safepace.bot.dialogue;

/**
 * Where conversations are remembered between turns: {@link MemorySessionStore} (one instance) or
 * {@link RedisSessionStore} (shared by every instance), chosen by {@code safepace.state.store}.
 */
interface SessionStore {

    /**
     * The session for {@code requestedId}; a missing, unknown or expired id starts a new one with a fresh random id,
     * unless the channel keys its own sessions (a keyed hash of the platform user), when that id is kept.
     */
    Session open(String requestedId, Channel channel);

    /** Writes the session back whole after a turn (the memory store holds the object itself: nothing to do). */
    void save(Session session);

    void forget(String id);

    boolean exists(String id);

    /** Sessions held, where the store can tell cheaply; -1 when it cannot. */
    long size();
}
