package org.safepace.bot.dialogue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.safepace.bot.state.StateUnavailableException;

/**
 * Striped locks: a fixed set, so memory does not grow with the number of conversations; two conversations sharing
 * a stripe only wait for each other's turn, which is short.
 */
final class MemoryConversationLock implements ConversationLock {

    private static final int STRIPES = 256;

    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final Duration wait;

    MemoryConversationLock(Duration wait) {
        this.wait = wait;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    @Override
    public Held hold(String sessionId) {
        if (sessionId == null) {
            return () -> { };
        }
        ReentrantLock lock = stripes[Math.floorMod(sessionId.hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StateUnavailableException("the conversation is busy with an earlier message");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StateUnavailableException("interrupted while waiting for the conversation", e);
        }
        return lock::unlock;
    }
}
