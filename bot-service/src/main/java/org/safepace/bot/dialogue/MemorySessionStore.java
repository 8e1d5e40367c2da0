package org.safepace.bot.dialogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** In-memory sessions with idle expiry and a size bound (least recently used goes first); nothing touches disk. */
final class MemorySessionStore implements SessionStore {

    /** Ids we hand out or accept: URL-safe, bounded, so a client cannot make us hold arbitrary strings. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    /**
     * One DRBG (SP 800-90A Hash_DRBG, SHA-256, seeded from the system's entropy) per thread. The default
     * {@code new SecureRandom()} on Linux is NativePRNG, and every NativePRNG instance in the JVM shares one static
     * reader of /dev/urandom and one SHA1PRNG mixer, each behind one lock: under load the request threads queued there
     * (110 of 200 in a thread dump), and a SecureRandom per thread of that kind would have queued on the same locks. A
     * DRBG instance locks only itself, so one per thread never waits; Tomcat's worker threads are long-lived, so each
     * is seeded once.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(MemorySessionStore::drbg);

    private final Cache<String, Session> sessions;

    MemorySessionStore(SessionProperties properties, Ticker ticker) {
        this.sessions = Caffeine.newBuilder()
                .expireAfterAccess(properties.idleTimeout())
                .maximumSize(properties.maxSessions())
                .ticker(ticker)
                .build();
    }

    @Override
    public Session open(String requestedId, Channel channel) {
        if (requestedId != null && ID.matcher(requestedId).matches()) {
            Session existing = sessions.getIfPresent(requestedId);
            if (existing != null) {
                return existing;
            }
            if (channel.keysOwnSessions()) {
                return sessions.get(requestedId, Session::new);
            }
        }
        String id = newId();
        Session session = new Session(id);
        sessions.put(id, session);
        return session;
    }

    @Override
    public void save(Session session) {
        // The cache holds the session object itself, so the turn is already remembered.
    }

    @Override
    public void forget(String id) {
        if (id != null) {
            sessions.invalidate(id);
        }
    }

    @Override
    public boolean exists(String id) {
        return id != null && sessions.getIfPresent(id) != null;
    }

    @Override
    public long size() {
        sessions.cleanUp();
        return sessions.estimatedSize();
    }

    /** 128 random bits, URL-safe (22 characters); never waits on another thread making one. */
    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the DRBG SecureRandom is not available in this JVM", e);
        }
    }
}
