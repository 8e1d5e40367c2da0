package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The send queues close on a real stop (so accepted replies are drained, see RetryingSenderTests), but not when
 * Spring pauses an idle context and restarts it (the test context cache does this between test classes): before,
 * a restarted context answered every webhook 503 because its queues had been closed for good.
 */
class InboundPipelinesLifecycleTests {

    private static final MessagingProperties.Sender SETTINGS = new MessagingProperties.Sender(1, Duration.ofMillis(1),
            Duration.ofMillis(1), 4, 1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

    private static Optional<OutgoingReply> reply() {
        return Optional.of(new OutgoingReply("abcd1234", List.of("{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aPausedAndRestartedContextStillSendsAndAClosedOneNoLonger() {
        InboundPipelines pipelines = InboundPipelines.inMemory();
        InboundPipeline pipeline = pipelines.create("tg", SETTINGS, body -> SendOutcome.delivered(200));
        GenericApplicationContext context = new GenericApplicationContext();
        context.registerBean(InboundPipelines.class, () -> pipelines);
        context.refresh();
        assertThat(pipeline.handle("1", InboundPipelinesLifecycleTests::reply)).isEqualTo(InboundPipeline.Outcome.QUEUED);

        context.pause();
        context.restart();
        assertThat(pipeline.handle("2", InboundPipelinesLifecycleTests::reply)).isEqualTo(InboundPipeline.Outcome.QUEUED);

        context.close();
        assertThat(pipeline.handle("3", InboundPipelinesLifecycleTests::reply)).isEqualTo(InboundPipeline.Outcome.BUSY);
    }
}
