package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.safepace.bot.state.StateUnavailableException;

class InboundPipelineTests {

    /** A queue that holds what it is given, refusing beyond its capacity or while "down". */
    private static final class FakeQueue implements SendQueue {

        @Override
        public long deliveredCount() {
            return 0;
        }

        @Override
        public long failedCount() {
            return 0;
        }

        final List<OutgoingReply> queued = new ArrayList<>();
        int capacity = 10;
        boolean down;

        @Override
        public boolean full() {
            if (down) {
                throw new StateUnavailableException("send queue size");
            }
            return queued.size() >= capacity;
        }

        @Override
        public boolean submit(OutgoingReply reply) {
            if (down) {
                throw new StateUnavailableException("send queue add");
            }
            return queued.size() < capacity && queued.add(reply);
        }

        @Override
        public int pending() {
            return queued.size();
        }

        @Override
        public void close() {
        }
    }

    private final RecentIds ids = new RecentIds(100);
    private final FakeQueue queue = new FakeQueue();
    private final InboundPipeline pipeline = new InboundPipeline("tg", ids, queue);
    private final AtomicInteger turns = new AtomicInteger();

    private Optional<OutgoingReply> answer() {
        turns.incrementAndGet();
        return Optional.of(new OutgoingReply("abcd1234", List.of("{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anUpdateIsAnsweredOnceAndItsRedeliveryIsADuplicate() {
        assertThat(pipeline.handle("1", this::answer)).isEqualTo(InboundPipeline.Outcome.QUEUED);
        assertThat(pipeline.handle("1", this::answer)).isEqualTo(InboundPipeline.Outcome.DUPLICATE);
        assertThat(turns).hasValue(1);
        assertThat(queue.queued).hasSize(1);
    }

    @Test
    void aFullQueueIsNoticedBeforeAnyTurnIsComputedAndTheRedeliveryIsThenAnswered() {
        queue.capacity = 0;
        assertThat(pipeline.handle("2", this::answer)).isEqualTo(InboundPipeline.Outcome.BUSY);
        assertThat(turns).hasValue(0);

        queue.capacity = 10;
        assertThat(pipeline.handle("2", this::answer)).isEqualTo(InboundPipeline.Outcome.QUEUED);
    }

    @Test
    void aFailingTurnReleasesTheIdSoTheRedeliveryIsHandledAgain() {
        assertThatThrownBy(() -> pipeline.handle("3", () -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(pipeline.handle("3", this::answer)).isEqualTo(InboundPipeline.Outcome.QUEUED);
    }

    @Test
    void theStoreGoingDownMidTurnIsBusyAndReleasesTheId() {
        assertThat(pipeline.handle("4", () -> {
            queue.down = true;
            return answer();
        })).isEqualTo(InboundPipeline.Outcome.BUSY);

        queue.down = false;
        assertThat(pipeline.handle("4", this::answer)).isEqualTo(InboundPipeline.Outcome.QUEUED);
    }

    @Test
    void nothingToSendStillCountsAsHandled() {
        assertThat(pipeline.handle("5", Optional::empty)).isEqualTo(InboundPipeline.Outcome.NOTHING_TO_SEND);
        assertThat(pipeline.handle("5", this::answer)).isEqualTo(InboundPipeline.Outcome.DUPLICATE);
    }

    @Test
    void idsOfDifferentChannelsDoNotCollide() {
        InboundPipeline whatsapp = new InboundPipeline("wa", ids, queue);
        assertThat(pipeline.handle("6", this::answer)).isEqualTo(InboundPipeline.Outcome.QUEUED);
        assertThat(whatsapp.handle("6", this::answer)).isEqualTo(InboundPipeline.Outcome.QUEUED);
    }
}
