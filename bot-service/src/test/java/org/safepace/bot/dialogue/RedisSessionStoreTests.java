package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safepace.bot.state.RedisLeases;
import org.safepace.bot.state.StateProperties;
import org.safepace.bot.state.StateUnavailableException;
import org.safepace.bot.state.TestRedis;

/** Against a real Redis (see {@link TestRedis}); each test has its own key prefix. */
class RedisSessionStoreTests {

    private final TestRedis redis = new TestRedis();
    private final SessionProperties properties = new SessionProperties(Duration.ofMinutes(30), 100);
    private final RedisSessionStore store = new RedisSessionStore(redis.state(), properties);
    /** A second instance of the service on the same Redis. */
    private final RedisSessionStore other = new RedisSessionStore(redis.state(), properties);

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void aSavedSessionIsOpenedWholeByAnotherInstance() {
        Session session = store.open(null, Channel.WEB);
        session.audience(AudienceHint.PARTNER);
        session.aboutSomeoneElse(true);
        session.practicePaused(true);
        session.markWelcomed();
        session.remember(new Session.Turn(Intent.QUESTION, "what is vaginismus", List.of("p1", "p2"), "a", null,
                true));
        store.save(session);

        Session there = other.open(session.id(), Channel.WEB);

        assertThat(there.id()).isEqualTo(session.id());
        assertThat(there.audience()).isEqualTo(AudienceHint.PARTNER);
        assertThat(there.aboutSomeoneElse()).isTrue();
        assertThat(there.practicePaused()).isTrue();
        assertThat(there.lastTopic().redFlag()).isTrue();
        assertThat(there.markWelcomed()).isFalse();
        assertThat(there.lastTopic()).isEqualTo(session.lastTopic());
        assertThat(other.exists(session.id())).isTrue();
    }

    @Test
    void aSessionIsNotWrittenBeforeItsTurnEndsSoAFailedTurnLeavesNothing() {
        Session session = store.open(null, Channel.WEB);
        session.remember(new Session.Turn(Intent.QUESTION, "q", List.of("p1")));

        assertThat(other.exists(session.id())).isFalse();
    }

    @Test
    void theKeyExpiresAtTheIdleTimeoutAndEachTurnStartsItAgain() {
        Session session = store.open(null, Channel.WEB);
        store.save(session);
        String key = redis.prefix() + "s:" + session.id();
        redis.template().expire(key, Duration.ofSeconds(60));

        other.open(session.id(), Channel.WEB);

        assertThat(redis.template().getExpire(key, TimeUnit.SECONDS)).isBetween(29 * 60L, 30 * 60L);
    }

    @Test
    void forgettingOnOneInstanceForgetsOnAll() {
        Session session = store.open(null, Channel.WEB);
        store.save(session);

        other.forget(session.id());

        assertThat(store.exists(session.id())).isFalse();
        assertThat(store.open(session.id(), Channel.WEB).id()).isNotEqualTo(session.id());
    }

    @Test
    void messagingChannelsKeepTheirKeyedIdAndUnknownWebIdsGetAFreshOne() {
        String key = "k".repeat(64);
        assertThat(store.open(key, Channel.TELEGRAM).id()).isEqualTo(key);
        assertThat(store.open("an-id-we-never-gave-out", Channel.WEB).id())
                .isNotEqualTo("an-id-we-never-gave-out").hasSize(22);
    }

    @Test
    void aFieldAddedByANewerVersionIsIgnoredOnReading() {
        String id = "n".repeat(22);
        redis.template().opsForValue().set(redis.prefix() + "s:" + id,
                "{\"audience\":\"SELF\",\"welcomed\":true,\"turns\":[{\"intent\":\"QUESTION\","
                        + "\"retrievalQuery\":\"q\",\"passageIds\":[\"p9\"],\"newField\":1}],\"alsoNew\":true}");

        Session session = store.open(id, Channel.WEB);

        assertThat(session.audience()).isEqualTo(AudienceHint.SELF);
        assertThat(session.lastTopic().passageIds()).containsExactly("p9");
    }

    @Test
    void oneTurnAtATimePerConversationAcrossInstances() throws InterruptedException {
        StateProperties state = new StateProperties(StateProperties.Store.REDIS, redis.prefix(),
                Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofDays(1));
        RedisConversationLock here = new RedisConversationLock(new RedisLeases(redis.state()), state);
        RedisConversationLock there = new RedisConversationLock(new RedisLeases(redis.state()), state);
        String id = "c".repeat(22);
        AtomicLong waitedMillis = new AtomicLong();
        CountDownLatch held = new CountDownLatch(1);

        Thread second;
        try (ConversationLock.Held first = here.hold(id)) {
            second = new Thread(() -> {
                long start = System.nanoTime();
                held.countDown();
                try (ConversationLock.Held turn = there.hold(id)) {
                    waitedMillis.set((System.nanoTime() - start) / 1_000_000);
                }
            });
            second.start();
            held.await();
            Thread.sleep(300);
        }
        second.join(5_000);

        assertThat(waitedMillis.get()).isGreaterThanOrEqualTo(250);
    }

    @Test
    void aLockWhoseHolderDiedRunsOutAfterItsLease() {
        StateProperties shortLease = new StateProperties(StateProperties.Store.REDIS, redis.prefix(),
                Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofDays(1));
        RedisLeases leases = new RedisLeases(redis.state());
        String id = "d".repeat(22);
        new RedisConversationLock(leases, shortLease).hold(id); // never released: its holder "died"

        RedisConversationLock other = new RedisConversationLock(leases, shortLease);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.hold(id))
                .isInstanceOf(StateUnavailableException.class);
        StateProperties patient = new StateProperties(StateProperties.Store.REDIS, redis.prefix(),
                Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofDays(1));
        new RedisConversationLock(leases, patient).hold(id).close();
    }
}
