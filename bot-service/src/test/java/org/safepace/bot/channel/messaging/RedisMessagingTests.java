package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safepace.bot.state.RedisLeases;
import org.safepace.bot.state.TestRedis;

/** The duplicate filter and the send queue against a real Redis, with two "instances" sharing it. */
class RedisMessagingTests {

    private static final MessagingProperties.Sender SETTINGS = new MessagingProperties.Sender(20, Duration.ofMillis(50),
            Duration.ofMillis(200), 10, 2, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(300));

    private final TestRedis redis = new TestRedis();
    private final List<SendQueue> queues = new ArrayList<>();

    @AfterEach
    void close() {
        queues.forEach(SendQueue::close);
        redis.close();
    }

    private SendQueue queue(Transport transport) {
        SendQueue queue = new RedisSendQueue("tg", redis.state(), new RedisLeases(redis.state()), SETTINGS,
                Duration.ofSeconds(2), transport);
        queues.add(queue);
        return queue;
    }

    private static OutgoingReply reply(String person, String... texts) {
        List<byte[]> bodies = new ArrayList<>();
        for (String text : texts) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        return new OutgoingReply(person, bodies);
    }

    @Test
    void ofManyInstancesClaimingTheSameUpdateAtOnceExactlyOneGetsIt() throws Exception {
        RedisDuplicateFilter filter = new RedisDuplicateFilter(redis.state(), Duration.ofMinutes(5));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> claims = Collections.nCopies(8,
                () -> new RedisDuplicateFilter(redis.state(), Duration.ofMinutes(5)).claim("telegram:42"));
        long winners = 0;
        for (Future<Boolean> claim : pool.invokeAll(claims)) {
            winners += claim.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
        filter.release("telegram:42");
        assertThat(filter.claim("telegram:42")).isTrue();
        assertThat(redis.template().getExpire(redis.prefix() + "d:telegram:42", TimeUnit.SECONDS))
                .isBetween(290L, 300L);
    }

    @Test
    void aQueuedReplyIsSentOnceAndRemovedFromRedis() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        Transport transport = body -> {
            sent.add(new String(body, StandardCharsets.UTF_8));
            return SendOutcome.delivered(200);
        };
        SendQueue first = queue(transport);
        SendQueue second = queue(transport);

        assertThat(first.submit(reply("aaaa", "part 1", "part 2"))).isTrue();
        assertThat(second.submit(reply("bbbb", "other"))).isTrue();

        await().atMost(Duration.ofSeconds(5)).until(() -> first.pending() == 0 && sent.size() == 3);
        assertThat(sent).containsSubsequence("part 1", "part 2").contains("other");
        assertThat(second.pending()).isZero();
    }

    @Test
    void aPersonsRepliesKeepTheirOrderWhileOneRetries() {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean failedOnce = new AtomicBoolean();
        SendQueue queue = queue(body -> {
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.equals("a1") && failedOnce.compareAndSet(false, true)) {
                return SendOutcome.retry(429, Optional.of(Duration.ofMillis(150)));
            }
            sent.add(text);
            return SendOutcome.delivered(200);
        });
        queue.submit(reply("aaaa", "a1"));
        queue.submit(reply("aaaa", "a2"));
        queue.submit(reply("aaaa", "a3"));

        await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 3);
        assertThat(sent).containsExactly("a1", "a2", "a3");
    }

    @Test
    void aReplyTheSendingInstanceCouldNotFinishBeforeItStoppedIsSentByAnother() {
        AtomicBoolean platformUp = new AtomicBoolean(false);
        List<String> sentBySecond = Collections.synchronizedList(new ArrayList<>());
        SendQueue first = queue(body -> SendOutcome.retry(503, Optional.empty()));
        await().atMost(Duration.ofSeconds(3)).until(() -> redis.template()
                .hasKey(redis.prefix() + "q:tg:sender")); // the first instance sends
        SendQueue second = queue(body -> {
            if (!platformUp.get()) {
                return SendOutcome.retry(503, Optional.empty());
            }
            sentBySecond.add(new String(body, StandardCharsets.UTF_8));
            return SendOutcome.delivered(200);
        });
        assertThat(first.submit(reply("aaaa", "held"))).isTrue();
        await().pollDelay(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3)).until(() -> first.pending() == 1);

        first.close(); // drains for 300 ms against a failing platform, then hands over
        platformUp.set(true);

        await().atMost(Duration.ofSeconds(10)).until(() -> sentBySecond.contains("held"));
        await().atMost(Duration.ofSeconds(5)).until(() -> second.pending() == 0);
        assertThat(sentBySecond).containsExactly("held");
    }

    @Test
    void aFullQueueRefusesSoTheWebhookAnswers503() {
        SendQueue queue = queue(body -> SendOutcome.retry(503, Optional.empty()));
        for (int i = 0; i < SETTINGS.queueCapacity(); i++) {
            assertThat(queue.submit(reply("p" + i, "m"))).isTrue();
        }
        assertThat(queue.full()).isTrue();
        assertThat(queue.submit(reply("late", "m"))).isFalse();
    }
}
