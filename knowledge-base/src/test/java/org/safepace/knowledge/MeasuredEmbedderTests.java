package org.safepace.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MeasuredEmbedderTests {

    /** A model whose query embedding waits for the test to let it go. */
    static final class GatedModel extends EmbeddingCacheTests.CountingEmbedder {
        final CountDownLatch gate = new CountDownLatch(1);
        volatile RuntimeException failure;

        GatedModel() {
            super("gated");
        }

        @Override
        public float[] embedQuery(String text) {
            try {
                if (!gate.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            return super.embedQuery(text);
        }
    }

    @Test
    void isNotWarmUntilTheWarmUpQueryHasBeenEmbedded() throws InterruptedException {
        GatedModel model = new GatedModel();
        MeasuredEmbedder measured = new MeasuredEmbedder(model);

        measured.warmUpInBackground();
        Thread.sleep(50);
        assertThat(measured.warm()).isFalse();

        model.gate.countDown();
        waitUntil(measured::warm);
        assertThat(measured.warmUpFailure()).isNull();
        assertThat(model.embedded.get()).isEqualTo(1);
    }

    @Test
    void aWarmUpThatFailsStaysNotWarmAndSaysWhy() {
        GatedModel model = new GatedModel();
        model.failure = new IllegalStateException("no native library");
        MeasuredEmbedder measured = new MeasuredEmbedder(model);

        measured.warmUpInBackground();
        model.gate.countDown();
        waitUntil(() -> measured.warmUpFailure() != null);

        assertThat(measured.warm()).isFalse();
        assertThat(measured.warmUpFailure()).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void tellsTheListenerHowLongEachQueryTookButNotPassages() {
        GatedModel model = new GatedModel();
        model.gate.countDown();
        MeasuredEmbedder measured = new MeasuredEmbedder(model);
        List<Long> timings = new ArrayList<>();
        measured.onQueryEmbedded(timings::add);

        measured.embedQuery("how do I start");
        measured.embedPassages(List.of("a passage", "another"));

        assertThat(timings).hasSize(1).allSatisfy(nanos -> assertThat(nanos).isPositive());
        assertThat(measured.warm()).isTrue();
    }

    @Test
    void aFailedQueryIsNotTimedAndFailsLoudly() {
        GatedModel model = new GatedModel();
        model.gate.countDown();
        model.failure = new IllegalStateException("broken");
        MeasuredEmbedder measured = new MeasuredEmbedder(model);
        List<Long> timings = new ArrayList<>();
        measured.onQueryEmbedded(timings::add);

        assertThatThrownBy(() -> measured.embedQuery("x")).hasMessage("broken");
        assertThat(timings).isEmpty();
        assertThat(measured.warm()).isFalse();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.onSpinWait();
        }
    }
}
