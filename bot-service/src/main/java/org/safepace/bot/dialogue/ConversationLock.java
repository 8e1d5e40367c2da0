package org.safepace.bot.dialogue;

/** One turn at a time per conversation, on this instance (memory) or across all instances (Redis, with a lease). */
interface ConversationLock {

    /**
     * Waits for the conversation's earlier turn to finish, up to {@code safepace.state.lock-wait}; a null id (a new
     * conversation) needs no lock. Throws {@link org.safepace.bot.state.StateUnavailableException} on timeout.
     */
    Held hold(String sessionId);

    /** The held lock; closing releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
