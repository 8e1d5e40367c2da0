package org.safepace.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemorySessionStoreTests {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    private MemorySessionStore store(Duration idle, int max) {
        return new MemorySessionStore(new SessionProperties(idle, max), ticker);
    }

    @Test
    void anUnknownIdStartsANewSessionWithAFreshRandomId() {
        MemorySessionStore store = store(Duration.ofMinutes(30), 100);

        Session session = store.open("not-a-session-we-know", Channel.WEB);

        assertThat(session.id()).isNotEqualTo("not-a-session-we-know").hasSize(22);
        assertThat(store.exists(session.id())).isTrue();
    }

    @Test
    void aKnownIdReturnsTheSameSession() {
        MemorySessionStore store = store(Duration.ofMinutes(30), 100);
        Session first = store.open(null, Channel.WEB);

        assertThat(store.open(first.id(), Channel.WEB)).isSameAs(first);
    }

    @Test
    void idsAreRandomAndDoNotRepeat() {
        MemorySessionStore store = store(Duration.ofMinutes(30), 10_000);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            ids.add(store.open(null, Channel.WEB).id());
        }
        assertThat(ids).hasSize(2_000).allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"));
    }

    @Test
    void idsMadeOnManyThreadsAtOnceKeepTheFormatAndNeverRepeat() throws Exception {
        int threads = 8;
        int perThread = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> made = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                made.add(pool.submit(() -> {
                    start.await();
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        ids.add(MemorySessionStore.newId());
                    }
                    return ids;
                }));
            }
            start.countDown();
            Set<String> all = new HashSet<>();
            for (Future<List<String>> ids : made) {
                all.addAll(ids.get(30, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(threads * perThread)
                    .allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"))
                    .allMatch(id -> MemorySessionStore.ID.matcher(id).matches());
            // 128 random bits: over 40,000 ids every one of the 64 characters shows up in the first position.
            assertThat(all.stream().map(id -> id.charAt(0)).distinct().count()).isEqualTo(64);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdleSessionExpires() {
        MemorySessionStore store = store(Duration.ofMinutes(30), 100);
        Session session = store.open(null, Channel.WEB);

        nanos.addAndGet(Duration.ofMinutes(31).toNanos());

        assertThat(store.exists(session.id())).isFalse();
        assertThat(store.open(session.id(), Channel.WEB).id()).isNotEqualTo(session.id());
    }

    @Test
    void theStoreIsBoundedInSize() {
        MemorySessionStore store = store(Duration.ofMinutes(30), 50);
        for (int i = 0; i < 500; i++) {
            store.open(null, Channel.WEB);
        }
        assertThat(store.size()).isLessThanOrEqualTo(50);
    }

    @Test
    void messagingChannelsKeepTheirKeyedSessionId() {
        MemorySessionStore store = store(Duration.ofMinutes(30), 100);
        String key = "a".repeat(64);

        Session session = store.open(key, Channel.TELEGRAM);

        assertThat(session.id()).isEqualTo(key);
        assertThat(store.open(key, Channel.TELEGRAM)).isSameAs(session);
    }

    @Test
    void forgettingIsIdempotent() {
        MemorySessionStore store = store(Duration.ofMinutes(30), 100);
        Session session = store.open(null, Channel.WEB);

        store.forget(session.id());
        store.forget(session.id());

        assertThat(store.exists(session.id())).isFalse();
    }

    @Test
    void aSessionKeepsOnlyItsLastFewTurns() {
        Session session = new Session("s1234567890123456");
        for (int i = 0; i < 20; i++) {
            session.remember(new Session.Turn(Intent.QUESTION, "q" + i, java.util.List.of("p" + i)));
        }
        assertThat(session.turnCount()).isEqualTo(Session.MAX_TURNS);
        assertThat(session.lastTopic().retrievalQuery()).isEqualTo("q19");
    }
}
