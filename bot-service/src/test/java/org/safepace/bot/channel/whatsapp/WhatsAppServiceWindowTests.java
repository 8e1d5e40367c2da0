package org.safepace.bot.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WhatsAppServiceWindowTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final long NOW = CLOCK.instant().getEpochSecond();

    @Test
    void aMessageFromWithinTheLast24HoursIsAnswered() {
        assertThat(WhatsAppChannel.withinServiceWindow(Long.toString(NOW - 5), CLOCK.instant())).isTrue();
        assertThat(WhatsAppChannel.withinServiceWindow(Long.toString(NOW - 24 * 3600 + 1), CLOCK.instant())).isTrue();
    }

    @Test
    void aMessageOlderThan24HoursIsNotAnswered() {
        assertThat(WhatsAppChannel.withinServiceWindow(Long.toString(NOW - 24 * 3600), CLOCK.instant())).isFalse();
        assertThat(WhatsAppChannel.withinServiceWindow(Long.toString(NOW - 3 * 24 * 3600), CLOCK.instant())).isFalse();
    }

    @Test
    void aMissingTimestampCountsAsFresh() {
        assertThat(WhatsAppChannel.withinServiceWindow("", CLOCK.instant())).isTrue();
    }
}
