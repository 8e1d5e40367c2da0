package org.safepace.bot.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts failed logins per username; after too many in a row the account is locked until the lock-out period has
 * passed without another failure. Bounded, in memory: a restart unlocks (the bcrypt cost still slows guessing).
 */
final class LoginLockout {

    private final int maxFailures;
    private final Cache<String, AtomicInteger> failures;

    LoginLockout(StaffProperties properties) {
        this.maxFailures = properties.maxFailedLogins();
        this.failures = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.lockout()).build();
    }

    boolean isLocked(String username) {
        AtomicInteger count = failures.getIfPresent(key(username));
        return count != null && count.get() >= maxFailures;
    }

    void failed(String username) {
        String key = key(username);
        AtomicInteger count = failures.get(key, k -> new AtomicInteger());
        count.incrementAndGet();
        failures.put(key, count); // refreshes the expiry: the lock lasts from the latest failure
    }

    void succeeded(String username) {
        failures.invalidate(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
