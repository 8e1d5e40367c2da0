package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safepace.bot.channel.messaging.ChannelsITSupport;
import tools.jackson.databind.JsonNode;

/**
 * What the hostile-input probe ({@code bot-service/src/test/probe/hostile_probe.py}) found, each over real HTTP:
 * the webhooks' refusals had no body at all, an Accept header that cannot be parsed got an empty 406, and a message
 * of only invisible characters was answered with a random passage.
 */
class HostileInputIT extends ChannelsITSupport {

    private static final String TELEGRAM = "/channels/telegram/webhook";
    private static final String WHATSAPP = "/channels/whatsapp/webhook";

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 413) { // one slug for one error, whichever endpoint refuses it
            assertThat(response.body()).contains("https://safepace.invalid/problems/too-large");
        }
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).startsWith("https://safepace.invalid/problems/");
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    @Test
    void telegramRefusalsAreProblems() {
        byte[] update = fixture("telegram/text-message.json", Map.of("815000001", Long.toString(nextId())))
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(postWebhook(TELEGRAM, update, Map.of()), 401);
        assertProblem(postWebhook(TELEGRAM, update, Map.of("X-Telegram-Bot-Api-Secret-Token", "wrong")), 401);
        Map<String, String> secret = Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET);
        assertProblem(postWebhook(TELEGRAM, "{".getBytes(StandardCharsets.UTF_8), secret), 400);
        assertProblem(postWebhook(TELEGRAM, "[]".getBytes(StandardCharsets.UTF_8), secret), 400);
        assertProblem(postWebhook(TELEGRAM, new byte[70 * 1024], secret), 413);
    }

    @Test
    void whatsAppRefusalsAreProblems() {
        byte[] body = fixture("whatsapp/text-message.json", Map.of()).getBytes(StandardCharsets.UTF_8);
        assertProblem(postWebhook(WHATSAPP, body, Map.of()), 401);
        assertProblem(postWebhook(WHATSAPP, body, Map.of("X-Hub-Signature-256", "sha256=" + "0".repeat(64))), 401);
        assertProblem(get(WHATSAPP + "?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1"), 403);
        assertProblem(get(WHATSAPP), 403);
        assertProblem(postWebhook(WHATSAPP, new byte[70 * 1024], Map.of()), 413);
    }

    @Test
    void anAcceptHeaderThatCannotBeParsedGetsAProblem() throws Exception {
        for (String path : new String[] {"/api/v1/chat", "/api/v1/chat/stream"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json")
                    .header("Accept", "*/*;q=bogus")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"hi\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertProblem(response, 406);
        }
    }

    @Test
    void aMessageOfOnlyInvisibleCharactersIsRefusedLikeAnEmptyOne() {
        for (String invisible : new String[] {"\\u200b", " \\u200b\\u200d\\u00ad ", "\\u00a0\\u00a0"}) {
            HttpResponse<String> response = postWebhook("/api/v1/chat",
                    ("{\"message\":\"" + invisible + "\"}").getBytes(StandardCharsets.UTF_8), Map.of());
            assertProblem(response, 400);
            assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("message");
        }
    }
}
