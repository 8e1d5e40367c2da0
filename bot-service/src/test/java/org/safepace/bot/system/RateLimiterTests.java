package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private RateLimiter limiter(int sessionCapacity, int sessionPerMinute) {
        return new RateLimiter(new RateLimitProperties(true, sessionCapacity, sessionPerMinute, 1000, 1000),
                new MemoryTokenBuckets(nanos::get));
    }

    @Test
    void aBurstUpToTheCapacityIsAllowedThenTheNextWaits() {
        RateLimiter limiter = limiter(3, 6);
        for (int i = 0; i < 3; i++) {
            limiter.check("127.0.0.1", "session-1");
        }
        assertThatThrownBy(() -> limiter.check("127.0.0.1", "session-1"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(10));
    }

    @Test
    void tokensComeBackWithTime() {
        RateLimiter limiter = limiter(1, 6);
        limiter.check("127.0.0.1", "session-1");

        nanos.addAndGet(10_000_000_000L);

        limiter.check("127.0.0.1", "session-1");
    }

    @Test
    void sessionsHaveSeparateBuckets() {
        RateLimiter limiter = limiter(1, 1);
        limiter.check("127.0.0.1", "session-1");
        limiter.check("127.0.0.1", "session-2");
    }

    @Test
    void oneAddressIsLimitedAcrossAllItsSessions() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 100, 100, 2, 1),
                new MemoryTokenBuckets(nanos::get));
        limiter.check("10.0.0.9", "a");
        limiter.check("10.0.0.9", "b");
        assertThatThrownBy(() -> limiter.check("10.0.0.9", "c")).isInstanceOf(RateLimitedException.class);
        limiter.check("10.0.0.10", "d");
    }

    @Test
    void canBeSwitchedOffForLoadRuns() {
        RateLimiter limiter = new RateLimiter(new RateLimitProperties(false, 1, 1, 1, 1),
                new MemoryTokenBuckets(nanos::get));
        for (int i = 0; i < 10; i++) {
            limiter.check("127.0.0.1", "s");
        }
    }

    @Test
    void messagingSessionsShareTheApisSessionLimitWithoutAnException() {
        RateLimiter limiter = limiter(2, 6);
        assertThat(limiter.tryTakeForSession("tg-1")).isTrue();
        assertThat(limiter.tryTakeForSession("tg-1")).isTrue();
        assertThat(limiter.tryTakeForSession("tg-1")).isFalse();
        assertThat(limiter.tryTakeForSession("tg-2")).isTrue();

        nanos.addAndGet(10_000_000_000L);

        assertThat(limiter.tryTakeForSession("tg-1")).isTrue();
    }

    @Test
    void aSwitchedOffLimiterAlwaysLetsMessagesThrough() {
        RateLimiter off = new RateLimiter(new RateLimitProperties(false, 1, 1, 1, 1),
                new MemoryTokenBuckets(nanos::get));
        for (int i = 0; i < 5; i++) {
            assertThat(off.tryTakeForSession("tg-1")).isTrue();
            assertThat(off.tryTake("note:tg-1", 1, 1)).isTrue();
        }
    }
}
