package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentIdsTests {

    @Test
    void anIdIsNewOnlyOnce() {
        RecentIds ids = new RecentIds(10);
        assertThat(ids.claim("42")).isTrue();
        assertThat(ids.claim("42")).isFalse();
    }

    @Test
    void aReleasedIdCanBeClaimedAgainSoARedeliveryIsHandled() {
        RecentIds ids = new RecentIds(10);
        ids.claim("42");
        ids.release("42");
        assertThat(ids.claim("42")).isTrue();
    }

    @Test
    void memoryStaysBoundedByForgettingTheLeastRecentlySeen() {
        RecentIds ids = new RecentIds(3);
        ids.claim("a");
        ids.claim("b");
        ids.claim("c");
        ids.claim("a"); // seen again: now the most recent
        ids.claim("d"); // evicts b
        assertThat(ids.size()).isEqualTo(3);
        assertThat(ids.claim("a")).isFalse();
        assertThat(ids.claim("b")).isTrue();
    }
}
