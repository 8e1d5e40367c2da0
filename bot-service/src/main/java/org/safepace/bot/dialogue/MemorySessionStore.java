package org.safepace.bot.dialogue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** In-memory sessions with idle expiry and a size bound (least recently used goes first); nothing touches disk. */
final class MemorySessionStore implements SessionStore {

    /** Ids we hand out or accept: URL-safe, bounded, so a client cannot make us hold arbitrary strings. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    private final Cache<String, Session> sessions;
    private final SecureRandom random = new SecureRandom();

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
        String id = newId(random);
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

    /** 128 random bits, URL-safe. */
    static String newId(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
