package org.safepace.bot.system;

import java.util.function.Supplier;
import org.safepace.knowledge.KnowledgeBase;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The guidance is live: the knowledge base is loaded (the service does not start otherwise) and the embedding model
 * has warmed up. Part of the readiness group, so a load balancer sends no question before it can be answered.
 * A failed reload leaves the previous articles serving, so it is shown but does not make the service DOWN.
 */
class KnowledgeBaseHealth implements HealthIndicator {

    private final Supplier<KnowledgeBase.Status> status;

    KnowledgeBaseHealth(Supplier<KnowledgeBase.Status> status) {
        this.status = status;
    }

    @Override
    public Health health() {
        KnowledgeBase.Status now = status.get();
        Health.Builder health = now.modelWarm() ? Health.up() : Health.down();
        health.withDetail("articles", now.articles())
                .withDetail("passages", now.passages())
                .withDetail("loadedAt", String.valueOf(now.loadedAt()))
                .withDetail("model", now.modelWarm() ? "warm"
                        : now.modelFailure() == null ? "warming up" : "failed: " + now.modelFailure());
        if (now.lastFailure() != null) {
            health.withDetail("lastFailedReload", now.lastFailure().at().toString())
                    .withDetail("lastFailedReloadReason", String.valueOf(now.lastFailure().reason()));
        }
        return health.build();
    }
}
