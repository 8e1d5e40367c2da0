package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private static final Duration BASE = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofSeconds(2);

    @Test
    void doublesWithEachFailureUpToTheMaximum() {
        Backoff upper = new Backoff(BASE, MAX, () -> 0.999999);
        assertThat(upper.delayAfter(1, Optional.empty())).isEqualTo(Duration.ofMillis(99));
        assertThat(upper.delayAfter(2, Optional.empty())).isEqualTo(Duration.ofMillis(199));
        assertThat(upper.delayAfter(3, Optional.empty())).isEqualTo(Duration.ofMillis(399));
        assertThat(upper.delayAfter(10, Optional.empty())).isEqualTo(Duration.ofMillis(1999));
        assertThat(upper.delayAfter(1000, Optional.empty())).isEqualTo(Duration.ofMillis(1999));
    }

    @Test
    void jitterNeverGoesBelowHalfTheExponentialWait() {
        Backoff lower = new Backoff(BASE, MAX, () -> 0.0);
        assertThat(lower.delayAfter(1, Optional.empty())).isEqualTo(Duration.ofMillis(50));
        assertThat(lower.delayAfter(3, Optional.empty())).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void thePlatformsRetryAfterIsHonouredButBounded() {
        Backoff backoff = new Backoff(BASE, MAX, () -> 0.5);
        assertThat(backoff.delayAfter(1, Optional.of(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(1, Optional.of(Duration.ofSeconds(60)))).isEqualTo(MAX);
    }

    @Test
    void refusesAMaximumBelowTheBase() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Backoff(MAX, BASE))
                .withMessageContaining("PT2S");
    }
}
