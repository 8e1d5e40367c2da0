package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.safepace.knowledge.KnowledgeBase;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KnowledgeBaseHealthTests {

    private static final Instant LOADED = Instant.parse("2026-12-01T08:00:00Z");

    private static Health health(KnowledgeBase.Status status) {
        return new KnowledgeBaseHealth(() -> status).health();
    }

    @Test
    void isDownWhileTheModelWarmsUp() {
        Health health = health(new KnowledgeBase.Status(12, 180, LOADED, false, null, null));
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("model", "warming up").containsEntry("articles", 12);
    }

    @Test
    void isUpWithWhatIsLiveOnceTheModelIsWarm() {
        Health health = health(new KnowledgeBase.Status(12, 180, LOADED, true, null, null));
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("articles", 12).containsEntry("passages", 180)
                .containsEntry("loadedAt", "2026-12-01T08:00:00Z").containsEntry("model", "warm")
                .doesNotContainKey("lastFailedReload");
    }

    @Test
    void aFailedReloadIsShownButTheOldArticlesKeepItUp() {
        Instant failedAt = Instant.parse("2026-12-01T09:30:00Z");
        Health health = health(new KnowledgeBase.Status(12, 180, LOADED, true, null,
                new KnowledgeBase.Status.Failure(failedAt, "/srv/articles/half.md: no front matter")));
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("lastFailedReload", "2026-12-01T09:30:00Z")
                .containsEntry("lastFailedReloadReason", "/srv/articles/half.md: no front matter");
    }

    @Test
    void aModelThatFailedToLoadStaysDownAndSaysSo() {
        Health health = health(new KnowledgeBase.Status(12, 180, LOADED, false, "java.lang.UnsatisfiedLinkError", null));
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("model", "failed: java.lang.UnsatisfiedLinkError");
    }
}
