package org.safepace.bot.state;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the whole application on one Redis (the address from {@code -Dsafepace.test.redis}), a key
 * prefix of this run's own, and WireMock standing in for Telegram: any instance can answer any message.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String BOT_TOKEN = "123456:TWO-instances";
    private static final String SECRET = "two-instances-secret";
    private static final String SEND_PATH = "/bot" + BOT_TOKEN + "/sendMessage";
    private static final String WEBHOOK = "/channels/telegram/webhook";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong IDS = new AtomicLong(700_000_000L + (System.nanoTime() % 1_000_000L) * 10);

    private static final WireMockServer TELEGRAM = new WireMockServer(options().dynamicPort());
    private static final String PREFIX = TestRedis.uniquePrefix();
    private static AppInstance first;
    private static AppInstance second;

    @BeforeAll
    static void start() {
        TELEGRAM.start();
        first = new AppInstance(properties());
        // The first instance takes the Telegram sender lease before the second exists, so the last test can stop
        // the very instance that holds the queued reply.
        try (TestRedis redis = new TestRedis()) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> redis.template().hasKey(PREFIX + "q:telegram:sender"));
        }
        second = new AppInstance(properties());
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        TELEGRAM.stop();
        try (TestRedis redis = new TestRedis()) {
            redis.template().delete(redis.template().keys(PREFIX + "*"));
        }
    }

    private static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("safepace.state.store", "redis");
        p.put("safepace.state.key-prefix", PREFIX);
        p.put("spring.data.redis.host", TestRedis.host());
        p.put("spring.data.redis.port", Integer.toString(TestRedis.port()));
        p.put("safepace.channels.session-key-secret", "the-same-secret-on-every-instance");
        p.put("safepace.channels.telegram.bot-token", BOT_TOKEN);
        p.put("safepace.channels.telegram.secret-token", SECRET);
        p.put("safepace.channels.telegram.api-base-url", TELEGRAM.baseUrl());
        p.put("safepace.channels.sender.max-attempts", "20");
        p.put("safepace.channels.sender.base-backoff", "50ms");
        p.put("safepace.channels.sender.max-backoff", "200ms");
        p.put("safepace.channels.sender.drain-timeout", "500ms");
        p.put("safepace.rate-limit.session-capacity", "6");
        p.put("safepace.rate-limit.session-refill-per-minute", "1");
        return p;
    }

    @BeforeEach
    void platformAccepts() {
        TELEGRAM.resetAll();
        TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"ok\":true,\"result\":{}}")));
    }

    private static JsonNode chat(AppInstance instance, String sessionId, String message) {
        HttpResponse<String> response = instance.postJson("/api/v1/chat", JSON.writeValueAsString(
                sessionId == null ? Map.of("message", message) : Map.of("sessionId", sessionId, "message", message)),
                Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String update(long updateId, long userId, String text) {
        try (InputStream in = TwoInstancesIT.class.getResourceAsStream("/channels/telegram/text-message.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("815000001", Long.toString(updateId))
                    .replace("111111111", Long.toString(userId))
                    .replace("How do I start with dilators?", text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> deliver(AppInstance instance, String update) {
        return instance.postJson(WEBHOOK, update, Map.of("X-Telegram-Bot-Api-Secret-Token", SECRET));
    }

    private static int sent() {
        return TELEGRAM.findAll(postRequestedFor(urlPathEqualTo(SEND_PATH))).size();
    }

    @Test
    @Order(1)
    void aConversationAlternatingBetweenInstancesKeepsItsFollowUpContext() {
        JsonNode question = chat(first, null, "what actually is vaginismus?");
        String session = question.path("sessionId").asString();
        java.util.List<String> topic = question.path("sources").findValuesAsString("articleId");
        assertThat(topic).isNotEmpty();

        JsonNode followUp = chat(second, session, "why?");

        assertThat(followUp.path("sessionId").asString()).isEqualTo(session);
        // "why?" alone finds nothing (a fresh session gets no sources); with the first question's topic, read from
        // Redis by the other instance, it is answered from the guidance.
        assertThat(chat(second, null, "why?").path("sources").isEmpty()).isTrue();
        assertThat(followUp.path("sources").findValuesAsString("articleId")).isNotEmpty();
    }

    @Test
    @Order(2)
    void aSessionForgottenOnOneInstanceIsForgottenOnBoth() {
        String session = chat(first, null, "what actually is vaginismus?").path("sessionId").asString();

        assertThat(second.delete("/api/v1/sessions/" + session).statusCode()).isEqualTo(204);

        assertThat(chat(first, session, "why?").path("sessionId").asString()).isNotEqualTo(session);
    }

    @Test
    @Order(3)
    void theRateLimitIsSharedByBothInstances() {
        String session = chat(first, null, "hello").path("sessionId").asString();
        for (int i = 1; i <= 6; i++) { // the first message had no session yet: six more fill its bucket
            chat(i % 2 == 0 ? first : second, session, "what helps with dilators?");
        }

        HttpResponse<String> refused = second.postJson("/api/v1/chat",
                JSON.writeValueAsString(Map.of("sessionId", session, "message", "and one more")), Map.of());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    @Order(4)
    void theSameTelegramUpdateDeliveredToBothInstancesAtOnceIsAnsweredOnce() {
        String update = update(IDS.incrementAndGet(), 222_000_001L, "How do I start with dilators?");

        CompletableFuture<HttpResponse<String>> toFirst = CompletableFuture.supplyAsync(() -> deliver(first, update));
        CompletableFuture<HttpResponse<String>> toSecond = CompletableFuture.supplyAsync(() -> deliver(second, update));

        assertThat(toFirst.join().statusCode()).isEqualTo(200);
        assertThat(toSecond.join().statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> sent() >= 1);
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void aReplyQueuedByAnInstanceThatIsStoppedBeforeSendingIsSentByTheOther() {
        TELEGRAM.resetAll();
        TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(aResponse().withStatus(503)));
        long user = 222_000_002L;

        assertThat(deliver(first, update(IDS.incrementAndGet(), user, "How do I start with dilators?")).statusCode())
                .isEqualTo(200); // acknowledged: the reply is in Redis
        await().atMost(Duration.ofSeconds(10)).until(() -> sent() >= 1); // the first instance is trying
        first.close(); // a normal stop: it drains for 500 ms against the failing platform, then hands over

        TELEGRAM.resetAll();
        TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"ok\":true,\"result\":{}}")));

        await().atMost(Duration.ofSeconds(20)).until(() -> TELEGRAM.getAllServeEvents().stream()
                .anyMatch(event -> event.getResponse().getStatus() == 200
                        && event.getRequest().getBodyAsString().contains(Long.toString(user))));
    }
}
