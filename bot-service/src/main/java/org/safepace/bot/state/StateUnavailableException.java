package org.safepace.bot.state;

/**
 * The shared state store (Redis) could not be reached or did not answer in time: the request is refused whole
 * (503 with {@code Retry-After}, webhooks 503 so the platform delivers again) rather than answered half-remembered.
 */
public class StateUnavailableException extends RuntimeException {

    /** What a client is told to wait before trying again. */
    public static final long RETRY_AFTER_SECONDS = 5;

    public StateUnavailableException(String what, Throwable cause) {
        // The cause's message could name a key; only its type is kept in ours.
        super(what + " failed: state store unavailable (" + cause.getClass().getSimpleName() + ")", cause);
    }

    public StateUnavailableException(String what) {
        super(what);
    }
}
