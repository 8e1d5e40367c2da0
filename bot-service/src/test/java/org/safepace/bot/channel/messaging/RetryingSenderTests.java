package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RetryingSenderTests {

    private static final MessagingProperties.Sender FAST = new MessagingProperties.Sender(3, Duration.ofMillis(1),
            Duration.ofMillis(5), 2, 1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(10));

    private final RetryingSender sender = new RetryingSender("test", FAST, new Backoff(Duration.ofMillis(1),
            Duration.ofMillis(5)));

    @AfterEach
    void close() {
        sender.close();
    }

    /** Answers with the scripted outcomes in order, then with the last one forever. */
    private static final class Scripted implements Delivery.OutboundMessage {
        private final Deque<SendOutcome> script;
        private final AtomicInteger calls = new AtomicInteger();
        private final List<String> log;
        private final String name;

        Scripted(String name, List<String> log, SendOutcome... outcomes) {
            this.name = name;
            this.log = log;
            this.script = new ArrayDeque<>(List.of(outcomes));
        }

        @Override
        public synchronized SendOutcome send() {
            calls.incrementAndGet();
            log.add(name);
            return script.size() > 1 ? script.poll() : script.peek();
        }
    }

    @Test
    void retriesA429ThenDelivers() {
        Scripted message = new Scripted("m", new ArrayList<>(),
                SendOutcome.retry(429, Optional.of(Duration.ZERO)), SendOutcome.delivered(200));
        assertThat(sender.submit(new Delivery("abc", List.of(message)))).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> sender.deliveredCount() == 1);
        assertThat(message.calls).hasValue(2);
        assertThat(sender.pending()).isZero();
    }

    @Test
    void givesUpAfterMaxAttemptsWithALogLineNamingOnlyTheDelivery(CapturedOutput output) {
        Scripted message = new Scripted("m", new ArrayList<>(), SendOutcome.retry(500, Optional.empty()));
        sender.submit(new Delivery("abc12345", List.of(message)));
        await().atMost(Duration.ofSeconds(5)).until(() -> sender.failedCount() == 1);
        assertThat(message.calls).hasValue(3);
        assertThat(output).contains("gave up on delivery abc12345 part 1/1 after 3 attempts; last status 500");
        assertThat(sender.pending()).isZero();
    }

    @Test
    void aRefusalIsNotRetried() {
        Scripted message = new Scripted("m", new ArrayList<>(), SendOutcome.rejected(400));
        sender.submit(new Delivery("abc", List.of(message)));
        await().atMost(Duration.ofSeconds(5)).until(() -> sender.failedCount() == 1);
        assertThat(message.calls).hasValue(1);
    }

    @Test
    void sendsThePartsOfAReplyInOrderEachAfterThePreviousWasAccepted() {
        List<String> log = new ArrayList<>();
        Scripted first = new Scripted("first", log, SendOutcome.retry(503, Optional.empty()), SendOutcome.delivered(200));
        Scripted second = new Scripted("second", log, SendOutcome.delivered(200));
        sender.submit(new Delivery("abc", List.of(first, second)));
        await().atMost(Duration.ofSeconds(5)).until(() -> sender.deliveredCount() == 1);
        assertThat(log).containsExactly("first", "first", "second");
    }

    @Test
    void refusesWorkBeyondItsCapacity() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Delivery.OutboundMessage blocked = () -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SendOutcome.delivered(200);
        };
        assertThat(sender.submit(new Delivery("a", List.of(blocked)))).isTrue();
        assertThat(sender.submit(new Delivery("b", List.of(blocked)))).isTrue();
        assertThat(sender.submit(new Delivery("c", List.of(blocked)))).isFalse();
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> sender.deliveredCount() == 2);
        assertThat(sender.submit(new Delivery("d", List.of(blocked)))).isTrue();
    }

    @Test
    void repliesToOnePersonKeepTheirOrderWhileOneWaitsToRetryAndOtherPeopleAreNotHeldUp() {
        // One thread: without per-person order, the second reply to "a" would go out while the first waits to retry.
        MessagingProperties.Sender oneThread = new MessagingProperties.Sender(3, Duration.ofMillis(1),
                Duration.ofSeconds(1), 4, 1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(10));
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        try (RetryingSender ordered = new RetryingSender("test", oneThread,
                new Backoff(Duration.ofMillis(1), Duration.ofSeconds(1)))) {
            Scripted a1 = new Scripted("a1", log, SendOutcome.retry(429, Optional.of(Duration.ofMillis(300))),
                    SendOutcome.delivered(200));
            assertThat(ordered.submit(new Delivery("aaaa", List.of(a1)))).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> log.size() == 1);
            assertThat(ordered.submit(new Delivery("aaaa", List.of(new Scripted("a2", log, SendOutcome.delivered(200))))))
                    .isTrue();
            assertThat(ordered.submit(new Delivery("bbbb", List.of(new Scripted("b1", log, SendOutcome.delivered(200))))))
                    .isTrue();

            await().atMost(Duration.ofSeconds(5)).until(() -> ordered.deliveredCount() == 3);
            assertThat(log).containsExactly("a1", "b1", "a1", "a2");
            assertThat(ordered.pending()).isZero();
        }
    }

    @Test
    void aPersonsWaitingRepliesStillGoOutWhenTheOneBeforeThemIsGivenUp() {
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        Scripted failing = new Scripted("a1", log, SendOutcome.rejected(400));
        Scripted next = new Scripted("a2", log, SendOutcome.delivered(200));
        assertThat(sender.submit(new Delivery("aaaa", List.of(failing)))).isTrue();
        assertThat(sender.submit(new Delivery("aaaa", List.of(next)))).isTrue();

        await().atMost(Duration.ofSeconds(5)).until(() -> sender.deliveredCount() == 1);
        assertThat(sender.failedCount()).isEqualTo(1);
        assertThat(log).containsExactly("a1", "a2");
        assertThat(sender.pending()).isZero();
    }

    @Test
    void aNormalStopStillSendsEveryAcceptedReplyRetriesIncludedAndThenRefusesNewOnes() {
        // Each first attempt fails and the retry waits 200 ms: close() comes while all of them still wait.
        MessagingProperties.Sender draining = new MessagingProperties.Sender(5, Duration.ofMillis(200),
                Duration.ofMillis(200), 10, 2, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5));
        RetryingSender stopping = new RetryingSender("test", draining,
                new Backoff(Duration.ofMillis(200), Duration.ofMillis(200)));
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            String person = i % 2 == 0 ? "aaaa" : "bbbb";
            assertThat(stopping.submit(new Delivery(person, List.of(new Scripted("r" + i, log,
                    SendOutcome.retry(503, Optional.of(Duration.ofMillis(200))), SendOutcome.delivered(200))))))
                    .isTrue();
        }

        stopping.close();

        assertThat(stopping.deliveredCount()).isEqualTo(6);
        assertThat(stopping.failedCount()).isZero();
        assertThat(stopping.pending()).isZero();
        assertThat(stopping.submit(new Delivery("cccc", List.of(new Scripted("late", log,
                SendOutcome.delivered(200)))))).isFalse();
    }

    @Test
    void whatTheDrainTimeoutCannotSendIsCountedInTheLog(CapturedOutput output) {
        MessagingProperties.Sender shortDrain = new MessagingProperties.Sender(5, Duration.ofSeconds(5),
                Duration.ofSeconds(5), 10, 1, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(100));
        RetryingSender stopping = new RetryingSender("test", shortDrain,
                new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(5)));
        stopping.submit(new Delivery("aaaa", List.of(new Scripted("r", new ArrayList<>(),
                SendOutcome.retry(503, Optional.of(Duration.ofSeconds(5)))))));

        stopping.close();

        assertThat(output).contains("test: stopped with 1 accepted replies not sent within the drain timeout of PT0.1S");
    }
}
