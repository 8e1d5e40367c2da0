package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SessionKeysTests {

    private static final byte[] SECRET = "a-test-secret-of-32-characters!!".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameUserAlwaysGetsTheSameSession() {
        assertThat(new SessionKeys(SECRET).forUser("tg", "123456"))
                .isEqualTo(new SessionKeys(SECRET.clone()).forUser("tg", "123456"));
    }

    @Test
    void theSessionIdDoesNotContainTheUserId() {
        SessionKeys.SessionKey key = new SessionKeys(SECRET).forUser("wa", "16315551181");
        assertThat(key.sessionId()).startsWith("wa-").doesNotContain("16315551181").matches("wa-[A-Za-z0-9_-]{43}");
        assertThat(key.logId()).matches("[0-9a-f]{8}");
        assertThat(key.sessionId()).doesNotContain(key.logId()); // hex vs base64url: the log id is not a substring
    }

    @Test
    void differentKeysUsersOrAppsGiveDifferentSessions() {
        SessionKeys keys = new SessionKeys(SECRET);
        String base = keys.forUser("tg", "1").sessionId();
        assertThat(keys.forUser("tg", "2").sessionId()).isNotEqualTo(base);
        assertThat(keys.forUser("wa", "1").sessionId().substring(3)).isNotEqualTo(base.substring(3));
        assertThat(new SessionKeys("another-secret-of-32-characters!".getBytes(StandardCharsets.UTF_8))
                .forUser("tg", "1").sessionId()).isNotEqualTo(base);
    }

    @Test
    void refusesAShortKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionKeys(new byte[8]))
                .withMessageContaining("16");
    }
}
