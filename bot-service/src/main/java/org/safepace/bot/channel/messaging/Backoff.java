package org.safepace.bot.channel.messaging;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** How long to wait before the next attempt: exponential, bounded, with jitter so retries do not arrive in step. */
public final class Backoff {

    private final Duration base;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration base, Duration max) {
        this(base, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @param random values in [0, 1); injectable so that tests can pin the jitter */
    public Backoff(Duration base, Duration max, DoubleSupplier random) {
        this.base = Objects.requireNonNull(base, "base");
        this.max = Objects.requireNonNull(max, "max");
        this.random = Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= max, was base " + base + ", max " + max);
        }
    }

    /**
     * @param failedAttempts attempts made so far (1 after the first failure)
     * @param retryAfter     the platform's own wait, honoured as given but never beyond the maximum
     */
    public Duration delayAfter(int failedAttempts, Optional<Duration> retryAfter) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        if (retryAfter.isPresent() && !retryAfter.get().isNegative()) {
            return retryAfter.get().compareTo(max) > 0 ? max : retryAfter.get();
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        long ceilingMillis = Math.min(max.toMillis(), base.toMillis() << doublings);
        // "Equal jitter": at least half the exponential wait, so retries never collapse to zero.
        long half = ceilingMillis / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceilingMillis - half)));
    }
}
