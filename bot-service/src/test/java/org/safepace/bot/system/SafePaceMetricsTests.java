package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SafePaceMetricsTests {

    enum Kind { WEB, QUESTION, SEEK_CARE }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SafePaceMetrics metrics = new SafePaceMetrics(registry);

    @Test
    void labelsAreCodeNamesAndAnythingElseIsOther() {
        assertThat(SafePaceMetrics.label(Kind.SEEK_CARE)).isEqualTo("seek_care");
        assertThat(SafePaceMetrics.label("bleeding.after_practice")).isEqualTo("bleeding.after_practice");
        assertThat(SafePaceMetrics.label("no-citation")).isEqualTo("no-citation");
        // a sentence, a session id (mixed case), a number, an over-long value: never a label
        assertThat(SafePaceMetrics.label("there was blood")).isEqualTo("other");
        assertThat(SafePaceMetrics.label("HsWFXvN9uxUizZpv4PeyaA")).isEqualTo("other");
        assertThat(SafePaceMetrics.label("111111111")).isEqualTo("other");
        assertThat(SafePaceMetrics.label("a".repeat(49))).isEqualTo("other");
        assertThat(SafePaceMetrics.label((String) null)).isEqualTo("none");
    }

    @Test
    void aTurnIsCountedByChannelIntentAndLevelAndTimed() {
        metrics.turn(Kind.WEB, Kind.QUESTION, Kind.SEEK_CARE, Duration.ofMillis(30));
        metrics.turn(Kind.WEB, Kind.QUESTION, Kind.SEEK_CARE, Duration.ofMillis(10));

        assertThat(registry.get("safepace.turns").tag("channel", "web").tag("intent", "question")
                .tag("level", "seek_care").counter().count()).isEqualTo(2);
        assertThat(registry.get("safepace.turn").tag("channel", "web").timer().totalTime(TimeUnit.MILLISECONDS))
                .isEqualTo(40);
    }

    @Test
    void senderGaugesAndDeliveryCountersReadTheSenderLive() {
        int[] pending = {3};
        long[] delivered = {5};
        metrics.watchSender("telegram", () -> pending[0], () -> delivered[0], () -> 1);
        pending[0] = 0;
        delivered[0] = 6;

        assertThat(registry.get("safepace.sender.queue").tag("channel", "telegram").gauge().value()).isZero();
        assertThat(registry.get("safepace.deliveries").tag("outcome", "delivered").functionCounter().count())
                .isEqualTo(6);
        assertThat(registry.get("safepace.deliveries").tag("outcome", "failed").functionCounter().count())
                .isEqualTo(1);
    }

    @Test
    void refusalsFallbacksAndReplacementsAreCountedByTheirCode() {
        metrics.rateLimited("address");
        metrics.llmFallback("deadline");
        metrics.outboundReplaced("tone");
        metrics.safetyRuleFired("bleeding.any");
        metrics.notConfidentRetrieval();
        metrics.timeQueryEmbedding(2_600_000);

        assertThat(registry.get("safepace.rate.limit.refusals").tag("kind", "address").counter().count()).isEqualTo(1);
        assertThat(registry.get("safepace.llm.fallbacks").tag("reason", "deadline").counter().count()).isEqualTo(1);
        assertThat(registry.get("safepace.outbound.replacements").tag("check", "tone").counter().count()).isEqualTo(1);
        assertThat(registry.get("safepace.safety.rules").tag("rule", "bleeding.any").counter().count()).isEqualTo(1);
        assertThat(registry.get("safepace.retrieval.not.confident").counter().count()).isEqualTo(1);
        assertThat(registry.get("safepace.embedding.query").timer().count()).isEqualTo(1);
    }
}
