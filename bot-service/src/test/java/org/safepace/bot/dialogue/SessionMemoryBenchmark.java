package org.safepace.bot.dialogue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.safepace.bot.state.TestRedis;

/**
 * Bytes per session, measured rather than guessed: heap used after a full GC before and after filling the memory
 * store with N sessions, and Redis's {@code used_memory} before and after saving N sessions to the Redis store.
 * Two shapes: a typical web session (two questions asked, Latin text) and the worst case the store allows (six
 * turns, each with a query at the stored maximum in a script that needs two bytes per character in a Java string
 * and three in UTF-8). Not a test: run by hand, e.g. with -Xmx1g (see the README's Performance section).
 *
 * <p>Arguments: {@code memory|redis} {@code typical|worst} {@code N}.
 */
public final class SessionMemoryBenchmark {

    private SessionMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String store = args.length > 0 ? args[0] : "memory";
        String shape = args.length > 1 ? args[1] : "typical";
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        // Passage ids come from the index and are shared by every session that cites them.
        List<String> passageIds = new ArrayList<>();
        for (int i = 0; i < 214; i++) {
            passageIds.add("article-" + (i / 6) + "#section-number-" + i);
        }
        if (store.equals("memory")) {
            memory(shape, n, passageIds);
        } else {
            redis(shape, n, passageIds);
        }
    }

    private static void memory(String shape, int n, List<String> passageIds) {
        MemorySessionStore sessions = new MemorySessionStore(
                new SessionProperties(Duration.ofMinutes(30), 10_000_000), Ticker.systemTicker());
        long before = usedAfterGc();
        Random random = new Random(42);
        for (int i = 0; i < n; i++) {
            fill(sessions.open(null, Channel.WEB), shape, random, passageIds);
        }
        long after = usedAfterGc();
        System.out.printf("memory store, %s sessions: %,d held, heap %,d -> %,d bytes: %,d bytes per session; "
                        + "max heap %,d MB%n", shape, sessions.size(), before, after, (after - before) / n,
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void redis(String shape, int n, List<String> passageIds) {
        try (TestRedis redis = new TestRedis()) {
            RedisSessionStore sessions = new RedisSessionStore(redis.state(),
                    new SessionProperties(Duration.ofMinutes(30), 100));
            long before = usedMemory(redis);
            Random random = new Random(42);
            for (int i = 0; i < n; i++) {
                Session session = sessions.open(null, Channel.WEB);
                fill(session, shape, random, passageIds);
                sessions.save(session);
            }
            long after = usedMemory(redis);
            System.out.printf("redis store, %s sessions: %,d saved, used_memory %,d -> %,d bytes: %,d bytes per "
                    + "session%n", shape, n, before, after, (after - before) / n);
        }
    }

    private static void fill(Session session, String shape, Random random, List<String> passageIds) {
        boolean worst = shape.equals("worst");
        session.audience(AudienceHint.SELF);
        session.markWelcomed();
        int turns = worst ? Session.MAX_TURNS : 2;
        for (int t = 0; t < turns; t++) {
            String query = worst ? cjk(random, Session.Turn.MAX_QUERY_CHARS) : latin(random, 40 + random.nextInt(60));
            List<String> used = List.of(passageIds.get(random.nextInt(passageIds.size())),
                    passageIds.get(random.nextInt(passageIds.size())));
            session.remember(new Session.Turn(Intent.QUESTION, query, used));
        }
    }

    private static String latin(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(i % 6 == 5 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private static String cjk(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(2000)));
        }
        return text.toString();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long usedMemory(TestRedis redis) {
        var info = redis.template().execute((org.springframework.data.redis.core.RedisCallback<java.util.Properties>)
                connection -> connection.serverCommands().info("memory"));
        return Long.parseLong(info.getProperty("used_memory"));
    }
}
