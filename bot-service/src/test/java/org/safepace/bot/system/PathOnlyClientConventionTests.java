package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathOnlyClientConventionTests {

    @Test
    void keepsOnlyTheApiMethodOfAPlatformPath() {
        assertThat(PathOnlyClientConvention.lastSegment("/bot123456:TEST-token/sendMessage")).isEqualTo("/sendMessage");
        assertThat(PathOnlyClientConvention.lastSegment("https://graph.facebook.com/v21.0/106540352242922/messages"))
                .isEqualTo("/messages");
        assertThat(PathOnlyClientConvention.lastSegment("/messages/?token=abc")).isEqualTo("/messages");
        assertThat(PathOnlyClientConvention.lastSegment("")).isEqualTo("none");
        assertThat(PathOnlyClientConvention.lastSegment(null)).isEqualTo("none");
    }
}
