package org.safepace.bot.callback;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.safepace.bot.callback.CallbackTestSupport.KEY;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF_HASH;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safepace.bot.state.AppInstance;
import org.safepace.bot.state.TestRedis;
import tools.jackson.databind.json.JsonMapper;

/**
 * A double tap on the consent button that reaches two instances at the same moment stores one request: the
 * instances share PostgreSQL (and Redis, as in production), and the database's one-open-request-per-chat constraint
 * decides; the loser confirms the winner's request. The servers as in {@link CallbacksPostgresIT} and TwoInstancesIT.
 */
class CallbacksTwoInstancesIT {

    private static final String BOT_TOKEN = "123456:TWO-taps";
    private static final String SECRET = "two-taps-secret";
    private static final String SEND = "/bot" + BOT_TOKEN + "/sendMessage";
    private static final String ANSWER = "/bot" + BOT_TOKEN + "/answerCallbackQuery";
    private static final String SCHEMA = "safepace_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final String PREFIX = TestRedis.uniquePrefix();
    private static final AtomicLong IDS = new AtomicLong(720_000_000L + (System.nanoTime() % 1_000_000L) * 10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer TELEGRAM = new WireMockServer(options().dynamicPort());

    private static Path dataDir;
    private static AppInstance first;
    private static AppInstance second;

    @BeforeAll
    static void start() throws Exception {
        TELEGRAM.start();
        TELEGRAM.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson("{\"ok\":true,\"result\":{}}")));
        TELEGRAM.stubFor(post(urlPathEqualTo(ANSWER)).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        execute("CREATE SCHEMA " + SCHEMA);
        dataDir = Files.createTempDirectory("safepace-two-taps");
        first = new AppInstance(properties());
        second = new AppInstance(properties());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AppInstance instance : new AppInstance[] {second, first}) {
            if (instance != null) {
                instance.close();
            }
        }
        TELEGRAM.stop();
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        try (TestRedis redis = new TestRedis()) {
            redis.template().delete(redis.template().keys(PREFIX + "*"));
        }
    }

    private static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        String server = CallbacksPostgresIT.SERVER;
        p.put("safepace.callbacks.enabled", "true");
        p.put("spring.datasource.url", server + (server.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        p.put("spring.datasource.username", CallbacksPostgresIT.USER);
        p.put("spring.datasource.password", CallbacksPostgresIT.PASSWORD);
        p.put("safepace.callbacks.encryption-key", KEY);
        p.put("safepace.data-dir", dataDir.toString());
        p.put("safepace.staff.accounts[0].username", STAFF);
        p.put("safepace.staff.accounts[0].password-hash", STAFF_HASH);
        p.put("safepace.state.store", "redis");
        p.put("safepace.state.key-prefix", PREFIX);
        p.put("spring.data.redis.host", TestRedis.host());
        p.put("spring.data.redis.port", Integer.toString(TestRedis.port()));
        p.put("safepace.channels.session-key-secret", "the-same-secret-on-every-instance");
        p.put("safepace.channels.telegram.bot-token", BOT_TOKEN);
        p.put("safepace.channels.telegram.secret-token", SECRET);
        p.put("safepace.channels.telegram.api-base-url", TELEGRAM.baseUrl());
        return p;
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(CallbacksPostgresIT.SERVER, CallbacksPostgresIT.USER,
                CallbacksPostgresIT.PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A press of the consent button in chat {@code chatId}: an update of its own, so the duplicate filter passes it. */
    private static String tap(long chatId) {
        try (InputStream in = CallbacksTwoInstancesIT.class.getResourceAsStream("/channels/telegram/callback-consent.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("815000007", Long.toString(IDS.incrementAndGet()))
                    .replace("111111111", Long.toString(chatId));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> deliver(AppInstance instance, String update, CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return instance.postJson("/channels/telegram/webhook", update, Map.of("X-Telegram-Bot-Api-Secret-Token", SECRET));
    }

    @Test
    void aDoubleTapReachingTwoInstancesAtOnceStoresOneRequestAndConfirmsBothTaps() {
        // Several chats, each tapped on both instances at the same moment: one lucky interleaving is not enough.
        List<Long> chats = List.of(3_100_000_001L, 3_100_000_002L, 3_100_000_003L, 3_100_000_004L, 3_100_000_005L,
                3_100_000_006L, 3_100_000_007L, 3_100_000_008L);
        for (long chat : chats) {
            CyclicBarrier together = new CyclicBarrier(2);
            String one = tap(chat);
            String other = tap(chat);
            CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> deliver(first, one, together));
            CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> deliver(second, other, together));
            assertThat(a.join().statusCode()).as(a.join().body()).isEqualTo(200);
            assertThat(b.join().statusCode()).as(b.join().body()).isEqualTo(200);
        }

        List<Callback> open = first.bean(CallbackService.class).openRequests("test");
        Map<String, Long> perChat = open.stream()
                .collect(Collectors.groupingBy(Callback::channelAddress, Collectors.counting()));
        assertThat(perChat).as("open requests per chat").hasSize(chats.size()).allSatisfy((chat, n) -> assertThat(n)
                .as("requests stored for chat " + chat).isEqualTo(1L));
        assertThat(open).allSatisfy(c -> assertThat(c.method()).isEqualTo(ContactMethod.TELEGRAM));

        // Both taps in every chat are confirmed with the same words, and both button presses answered.
        await().atMost(Duration.ofSeconds(20)).until(() ->
                TELEGRAM.findAll(postRequestedFor(urlPathEqualTo(SEND))).size() >= 2 * chats.size()
                        && TELEGRAM.findAll(postRequestedFor(urlPathEqualTo(ANSWER))).size() >= 2 * chats.size());
        List<LoggedRequest> confirmations = TELEGRAM.findAll(postRequestedFor(urlPathEqualTo(SEND)));
        Map<Long, List<String>> textsPerChat = new LinkedHashMap<>();
        for (LoggedRequest r : confirmations) {
            var body = JSON.readTree(r.getBodyAsString());
            textsPerChat.computeIfAbsent(body.path("chat_id").asLong(), k -> new ArrayList<>())
                    .add(body.path("text").asString());
        }
        assertThat(textsPerChat.keySet()).containsExactlyInAnyOrderElementsOf(chats);
        assertThat(textsPerChat.values()).allSatisfy(texts -> assertThat(texts).hasSize(2)
                .allSatisfy(t -> assertThat(t).contains("your request is with the clinic", "answer you in this chat"))
                .satisfies(t -> assertThat(t.get(0)).isEqualTo(t.get(1))));
        assertThat(open.stream().map(Callback::id).collect(Collectors.toSet())).hasSize(chats.size());
    }
}
