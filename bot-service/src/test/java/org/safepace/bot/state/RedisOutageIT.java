package org.safepace.bot.state;

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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application on a redis-server of this test's own, which the test stops and starts again: readiness follows
 * Redis, red flags are still answered, everything else is refused with 503 (webhooks too, so the platform
 * delivers again), and all of it recovers once Redis is back.
 */
class RedisOutageIT {

    private static final String BOT_TOKEN = "123456:OUTAGE";
    private static final String SECRET = "outage-test-secret";
    private static final String SEND_PATH = "/bot" + BOT_TOKEN + "/sendMessage";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final WireMockServer TELEGRAM = new WireMockServer(options().dynamicPort());
    private static final RedisServerProcess REDIS = new RedisServerProcess();
    private static AppInstance app;

    @BeforeAll
    static void start() {
        TELEGRAM.start();
        TELEGRAM.stubFor(post(urlPathEqualTo(SEND_PATH)).willReturn(okJson("{\"ok\":true,\"result\":{}}")));
        REDIS.start();
        app = new AppInstance(Map.of(
                "safepace.state.store", "redis",
                "safepace.state.key-prefix", TestRedis.uniquePrefix(),
                "spring.data.redis.host", "127.0.0.1",
                "spring.data.redis.port", Integer.toString(REDIS.port()),
                "safepace.channels.session-key-secret", "outage-test-session-key-secret",
                "safepace.channels.telegram.bot-token", BOT_TOKEN,
                "safepace.channels.telegram.secret-token", SECRET,
                "safepace.channels.telegram.api-base-url", TELEGRAM.baseUrl()));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        REDIS.close();
        TELEGRAM.stop();
    }

    private static HttpResponse<String> chat(String sessionId, String message) {
        return app.postJson("/api/v1/chat", JSON.writeValueAsString(sessionId == null
                ? Map.of("message", message) : Map.of("sessionId", sessionId, "message", message)), Map.of());
    }

    private static String update(long updateId) {
        try (InputStream in = RedisOutageIT.class.getResourceAsStream("/channels/telegram/text-message.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("815000001", Long.toString(updateId));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int readiness() {
        return app.get("/actuator/health/readiness").statusCode();
    }

    @Test
    void whileRedisIsDownOnlyRedFlagsAreAnsweredAndEverythingRecoversWhenItIsBack() {
        assertThat(readiness()).isEqualTo(200);
        HttpResponse<String> before = chat(null, "what actually is vaginismus?");
        assertThat(before.statusCode()).isEqualTo(200);
        String session = JSON.readTree(before.body()).path("sessionId").asString();

        REDIS.stop();

        await().atMost(Duration.ofSeconds(10)).until(() -> readiness() == 503);

        HttpResponse<String> redFlag = chat(session, "I have a fever and the pain is getting worse every day");
        assertThat(redFlag.statusCode()).as(redFlag.body()).isEqualTo(200);
        JsonNode safety = JSON.readTree(redFlag.body());
        assertThat(safety.path("triage").path("level").asString()).isIn("SEEK_CARE", "EMERGENCY");
        assertThat(safety.path("reply").asString()).isNotBlank();

        HttpResponse<String> ordinary = chat(session, "why?");
        assertThat(ordinary.statusCode()).isEqualTo(503);
        assertThat(ordinary.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ordinary.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(JSON.readTree(ordinary.body()).path("status").asInt()).isEqualTo(503);
        assertThat(ordinary.body()).doesNotContain("why?");
        assertThat(chat(null, "how do I start with dilators?").statusCode()).isEqualTo(503);

        long updateId = 640_000_000L + (System.nanoTime() % 1_000_000L);
        HttpResponse<String> webhook = app.postJson("/channels/telegram/webhook", update(updateId),
                Map.of("X-Telegram-Bot-Api-Secret-Token", SECRET));
        assertThat(webhook.statusCode()).isEqualTo(503); // Telegram delivers it again later

        REDIS.start();

        await().atMost(Duration.ofSeconds(40)).until(() -> readiness() == 200);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> chat(null, "what actually is vaginismus?").statusCode() == 200);
        // Telegram's redelivery of the refused update is now answered.
        assertThat(app.postJson("/channels/telegram/webhook", update(updateId),
                Map.of("X-Telegram-Bot-Api-Secret-Token", SECRET)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                TELEGRAM.findAll(postRequestedFor(urlPathEqualTo(SEND_PATH))).size() == 1);
    }
}
