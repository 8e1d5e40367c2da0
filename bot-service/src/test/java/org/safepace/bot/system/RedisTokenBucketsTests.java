package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safepace.bot.state.TestRedis;

/** The Redis buckets against a real Redis: the same limits and Retry-After as memory, shared by instances. */
class RedisTokenBucketsTests {

    private final TestRedis redis = new TestRedis();
    private final RateLimitProperties limits = new RateLimitProperties(true, 3, 6, 1000, 1000);
    private final RateLimiter here = new RateLimiter(limits, new RedisTokenBuckets(redis.state()));
    private final RateLimiter there = new RateLimiter(limits, new RedisTokenBuckets(redis.state()));

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void theBurstIsSharedByTwoInstancesAndTheNextMessageIsToldToWaitAsInMemory() {
        here.check("10.0.0.1", "s1");
        there.check("10.0.0.1", "s1");
        here.check("10.0.0.1", "s1");

        // 6 per minute: one token every 10 s.
        assertThatThrownBy(() -> there.check("10.0.0.1", "s1"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfterSeconds()).isBetween(9L, 10L));
        assertThat(here.tryTakeForSession("s2")).isTrue();
    }

    @Test
    void aBucketExpiresOnceItWouldBeFullAgain() {
        here.check("10.0.0.2", "s3");
        Long ttl = redis.template().getExpire(redis.prefix() + "rl:s:s3", java.util.concurrent.TimeUnit.MILLISECONDS);
        // One token used, refilled in 10 s, plus a second of slack.
        assertThat(ttl).isBetween(9_000L, 11_000L);
    }

    @Test
    void theMemoryAndRedisBucketsAgreeOnAFullBurst() {
        MemoryTokenBuckets memory = new MemoryTokenBuckets(System::nanoTime);
        RedisTokenBuckets shared = new RedisTokenBuckets(redis.state());
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(memory.take("k", 5, 60)).isZero();
            assertThat(shared.take("k", 5, 60)).isZero();
        }
        long memoryWait = memory.take("k", 5, 60);
        long sharedWait = shared.take("k", 5, 60);
        // One token a second: the wait is a second less the time the burst took (long on a loaded machine), and
        // Redis's clock counts in milliseconds.
        long earliest = 1_000_000_000L - (System.nanoTime() - start) - 2_000_000L;
        assertThat(memoryWait).isBetween(earliest, 1_000_000_000L);
        assertThat(sharedWait).isBetween(earliest, 1_000_000_000L);
    }
}
