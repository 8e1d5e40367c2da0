package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.safepace.bot.dialogue.ConversationService;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.safepace.bot.channel.messaging.ChannelsITSupport;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What an operator sees, on the whole application with both messaging channels on: the Prometheus scrape after real
 * conversations (web and Telegram), and readiness.
 */
@TestPropertySource(properties = {
        "management.endpoints.web.exposure.include=health,prometheus",
        "management.endpoint.health.show-details=always",
        "safepace.rate-limit.session-capacity=4",
        "safepace.rate-limit.session-refill-per-minute=1"})
class OperationsIT extends ChannelsITSupport {

    private static final String[] SECRETS = {"Zanzibarquokka", "Xylophonia", "Quixotically", "Wobbleplatypus"};
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{(.*)}\\s+\\S+.*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private HttpResponse<String> chat(String body) {
        return postWebhook("/api/v1/chat", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void theScrapeAfterConversationsShowsOurMetersAndNoTextOrIdInAnyLabel() {
        List<String> sessionIds = new ArrayList<>();
        JsonNode first = JSON.readTree(chat("{\"message\":\"" + SECRETS[0] + " how do I start with dilators?\"}").body());
        String session = first.get("sessionId").asString();
        sessionIds.add(session);
        chat("{\"sessionId\":\"" + session + "\",\"message\":\"my wife " + SECRETS[1] + " has bleeding after practice\"}");
        chat("{\"sessionId\":\"" + session + "\",\"message\":\"" + SECRETS[2] + " zorblax quantum fnord\"}");
        chat("{\"sessionId\":\"" + session + "\",\"message\":\"thanks\"}");
        // The session bucket holds 4: the first message had no session yet, so the fifth with it is refused.
        chat("{\"sessionId\":\"" + session + "\",\"message\":\"one more\"}");
        HttpResponse<String> refused = chat("{\"sessionId\":\"" + session + "\",\"message\":\"and another\"}");
        assertThat(refused.statusCode()).isEqualTo(429);
        String telegramText = SECRETS[3] + " how do I start with dilators?";
        byte[] update = fixture("telegram/text-message.json", Map.of("815000001", Long.toString(nextId()),
                "How do I start with dilators?", telegramText)).getBytes(StandardCharsets.UTF_8);
        assertThat(postWebhook("/channels/telegram/webhook", update,
                Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !sentTo(TELEGRAM_SEND_PATH).isEmpty());

        await().atMost(Duration.ofSeconds(10)).until(() -> scrape().contains("safepace_deliveries_total{channel=\"telegram\",outcome=\"delivered\"} 1.0"));
        String scrape = scrape();

        assertThat(scrape).contains(
                "safepace_turns_total{channel=\"web\",intent=\"question\",level=\"none\"}",
                "safepace_turns_total{channel=\"web\",intent=\"thanks\",level=\"none\"}",
                "safepace_turns_total{channel=\"telegram\",",
                "level=\"seek_care\"",
                "safepace_turn_seconds_count{channel=\"web\"}",
                "safepace_safety_rules_total{rule=\"",
                "safepace_retrieval_not_confident_total",
                "safepace_rate_limit_refusals_total{kind=\"session\"} 1",
                "safepace_embedding_query_seconds_count",
                "safepace_sessions ",
                "safepace_sender_queue{channel=\"telegram\"}",
                "safepace_sender_queue{channel=\"whatsapp\"}",
                "http_client_requests_seconds_count{");
        List<String> forbidden = new ArrayList<>(List.of(SECRETS));
        forbidden.addAll(sessionIds);
        forbidden.addAll(List.of(TELEGRAM_BOT_TOKEN, "111111111", WHATSAPP_PHONE_NUMBER_ID, "dilators"));
        for (String line : scrape.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Matcher label = LABEL.matcher(sample.group(2));
            while (label.find()) {
                String value = label.group(2);
                for (String secret : forbidden) {
                    assertThat(value).as(line).doesNotContainIgnoringCase(secret);
                }
                assertThat(value).as("a label value of " + sample.group(1)).hasSizeLessThan(64);
            }
        }
    }

    @Test
    void readinessIsUpOnceTheKnowledgeBaseIsLoadedAndTheModelWarm() {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health/readiness").statusCode() == 200);
        JsonNode readiness = JSON.readTree(get("/actuator/health/readiness").body());
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        JsonNode kb = readiness.at("/components/knowledgeBase");
        assertThat(kb.get("status").asString()).isEqualTo("UP");
        assertThat(kb.at("/details/articles").asInt()).isPositive();
        assertThat(kb.at("/details/passages").asInt()).isPositive();
        assertThat(kb.at("/details/model").asString()).isEqualTo("warm");
        assertThat(kb.at("/details/loadedAt").asString()).isNotBlank();
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void structuredLogsCarryTheTurnsKeyValuesAsFieldsAndNoText() {
        for (String format : new String[] {"ecs", "logstash"}) {
            String logged = capturedAs(format, ConversationService.class, () ->
                    chat("{\"message\":\"" + SECRETS[0] + " is it normal to bleed after using a dilator?\"}"));
            JsonNode turn = logged.lines().map(JSON::readTree)
                    .filter(line -> "turn".equals(line.path("message").asString()))
                    .findFirst().orElseThrow(() -> new AssertionError(format + ": no turn line in " + logged));
            assertThat(turn.path("channel").asString()).as(format).isEqualTo("WEB");
            // "triage", not "level": Logstash's own level field would clash and the line would be lost.
            assertThat(turn.path("triage").asString()).as(format).isEqualTo("SEEK_CARE");
            assertThat(turn.has("intent")).as(format).isTrue();
            assertThat(turn.has("rules")).as(format).isTrue();
            assertThat(logged).doesNotContain(SECRETS[0]);
        }
    }

    /** What one logger writes, through Boot's structured encoder, while the action runs. */
    private static String capturedAs(String format, Class<?> source, Runnable action) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        Logger logger = context.getLogger(source);
        logger.addAppender(appender);
        try {
            action.run();
        } finally {
            logger.detachAppender(appender);
            appender.stop();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private String scrape() {
        HttpResponse<String> response = get("/actuator/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/operations-it-scrape.txt"), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return response.body();
    }
}
