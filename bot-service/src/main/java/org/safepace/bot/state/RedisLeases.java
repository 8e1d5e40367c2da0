package org.safepace.bot.state;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Locks with a lease in Redis (SET NX PX with a random token): held by one instance at a time, expiring by
 * themselves if the holder dies, released or renewed only by the holder (a compare-and-act script).
 */
public final class RedisLeases {

    private static final RedisScript<Long> RELEASE = new DefaultRedisScript<>(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> RENEW = new DefaultRedisScript<>(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) "
                    + "else return 0 end", Long.class);
    private static final long POLL_MILLIS = 15;

    private final RedisState redis;
    private final SecureRandom random = new SecureRandom();

    public RedisLeases(RedisState redis) {
        this.redis = redis;
    }

    /** One held lease; closing it releases it (if it is still ours). */
    public final class Lease implements AutoCloseable {
        private final String key;
        private final String token;
        private final Duration length;

        private Lease(String key, String token, Duration length) {
            this.key = key;
            this.token = token;
            this.length = length;
        }

        /** Extends the lease; false when it had expired and someone else may hold it now. */
        public boolean renew() {
            Long renewed = redis.call("lease renew", () -> redis.template().execute(RENEW, List.of(key), token,
                    Long.toString(length.toMillis())));
            return renewed != null && renewed == 1;
        }

        @Override
        public void close() {
            redis.run("lease release", () -> redis.template().execute(RELEASE, List.of(key), token));
        }
    }

    /** Takes the lease now if nobody holds it. */
    public Optional<Lease> tryAcquire(String name, Duration length) {
        String key = redis.key(name);
        String token = token();
        Boolean set = redis.call("lease acquire",
                () -> redis.template().opsForValue().setIfAbsent(key, token, length));
        return Boolean.TRUE.equals(set) ? Optional.of(new Lease(key, token, length)) : Optional.empty();
    }

    /** Waits up to {@code wait} for the lease; throws {@link StateUnavailableException} when it stays taken. */
    public Lease acquire(String name, Duration length, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Lease> lease = tryAcquire(name, length);
            if (lease.isPresent()) {
                return lease.get();
            }
            if (System.nanoTime() > deadline) {
                throw new StateUnavailableException("the conversation is busy with an earlier message");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StateUnavailableException("interrupted while waiting for the conversation", e);
            }
        }
    }

    private String token() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
