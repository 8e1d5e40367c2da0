package org.safepace.bot.dialogue;

import org.safepace.bot.state.RedisLeases;
import org.safepace.bot.state.StateProperties;
import org.safepace.bot.state.StateUnavailableException;

/** A lease per conversation in Redis (as Rasa's lock store): a turn on any instance waits for the one before it. */
final class RedisConversationLock implements ConversationLock {

    private final RedisLeases leases;
    private final StateProperties properties;

    RedisConversationLock(RedisLeases leases, StateProperties properties) {
        this.leases = leases;
        this.properties = properties;
    }

    @Override
    public Held hold(String sessionId) {
        if (sessionId == null || !MemorySessionStore.ID.matcher(sessionId).matches()) {
            return () -> { }; // an id we would not accept starts a new conversation: nothing to wait for
        }
        RedisLeases.Lease lease = leases.acquire("lock:" + sessionId, properties.lockLease(), properties.lockWait());
        return () -> {
            try {
                lease.close();
            } catch (StateUnavailableException e) {
                // The turn is already saved (or refused); the lease runs out by itself.
            }
        };
    }
}
