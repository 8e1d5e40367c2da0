package org.safepace.bot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The chat API's exact contract, over real HTTP against the whole application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safepace.rate-limit.address-capacity=100000",
                "safepace.rate-limit.address-refill-per-minute=100000"})
@ExtendWith(OutputCaptureExtension.class)
class ChatApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> chat(String body) throws Exception {
        return post("/api/v1/chat", "application/json", body);
    }

    @Test
    void answersAQuestionWithTheFullResponseShape() throws Exception {
        HttpResponse<String> response = chat("{\"message\":\"How do I use a dilator?\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("sessionId").asString()).matches("[A-Za-z0-9_-]{22}");
        assertThat(body.get("reply").asString()).isNotBlank();
        assertThat(body.get("triage").get("level").asString()).isEqualTo("NONE");
        assertThat(body.get("triage").get("categories").isArray()).isTrue();
        assertThat(body.get("audience").asString()).isIn("self", "partner", "unknown");
        assertThat(body.get("sources").size()).isGreaterThanOrEqualTo(1);
        JsonNode source = body.get("sources").get(0);
        assertThat(source.get("articleId").asString()).isNotBlank();
        assertThat(source.get("title").asString()).isNotBlank();
        assertThat(source.get("section").asString()).isNotBlank();
        assertThat(body.get("suggestions").size()).isBetween(1, 4);
    }

    @Test
    void anUnknownSessionIdStartsANewSessionAndAKnownOneIsKept() throws Exception {
        JsonNode first = JSON.readTree(chat("{\"sessionId\":\"no-such-session-123456\",\"message\":\"hi\"}").body());
        String id = first.get("sessionId").asString();
        assertThat(id).isNotEqualTo("no-such-session-123456");

        JsonNode second = JSON.readTree(chat("{\"sessionId\":\"" + id + "\",\"message\":\"thanks\"}").body());
        assertThat(second.get("sessionId").asString()).isEqualTo(id);
    }

    @Test
    void aPartnersAudienceIsReported() throws Exception {
        JsonNode body = JSON.readTree(chat("{\"message\":\"how can I support my girlfriend\",\"audience\":\"partner\"}").body());
        assertThat(body.get("audience").asString()).isEqualTo("partner");
    }

    @Test
    void aRedFlagIsTriaged() throws Exception {
        JsonNode body = JSON.readTree(chat("{\"message\":\"there was blood on my trainer this morning\"}").body());
        assertThat(body.get("triage").get("level").asString()).isEqualTo("SEEK_CARE");
        assertThat(body.get("triage").get("categories").toString()).contains("bleeding");
    }

    @Test
    void streamsDeltasThenOneFinalEventWithTheWholeResponse() throws Exception {
        HttpResponse<String> response = post("/api/v1/chat/stream", "application/json",
                "{\"message\":\"what is the two out of ten rule?\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        StringBuilder deltas = new StringBuilder();
        JsonNode fin = null;
        String event = null;
        for (String line : response.body().split("\n")) {
            if (line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                JsonNode data = JSON.readTree(line.substring(5));
                if ("delta".equals(event)) {
                    assertThat(fin).as("no delta after the final event").isNull();
                    deltas.append(data.get("text").asString());
                } else if ("final".equals(event)) {
                    fin = data;
                }
            }
        }
        assertThat(fin).isNotNull();
        assertThat(deltas.toString()).isEqualTo(fin.get("reply").asString());
        assertThat(fin.get("sources").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void deletingASessionForgetsItAndIsIdempotent() throws Exception {
        String id = JSON.readTree(chat("{\"message\":\"hi\"}").body()).get("sessionId").asString();
        HttpRequest delete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sessions/" + id))
                .DELETE().build();

        assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        String after = JSON.readTree(chat("{\"sessionId\":\"" + id + "\",\"message\":\"hi\"}").body())
                .get("sessionId").asString();
        assertThat(after).isNotEqualTo(id);
    }

    @Test
    void errorsAreProblemDetailsWithTheRightStatus() throws Exception {
        assertProblem(chat("{\"message\": "), 400);
        assertProblem(chat("{}"), 400);
        assertProblem(chat("{\"message\":\"   \"}"), 400);
        assertProblem(chat("{\"message\":\"" + "a".repeat(2001) + "\"}"), 400);
        assertProblem(chat("{\"message\":\"hi\",\"audience\":\"doctor\"}"), 400);
        assertProblem(chat("[1,2,3]"), 400);
        assertProblem(chat("{\"message\":{\"nested\":true}}"), 400);
        assertProblem(chat("{\"message\":\"" + "a".repeat(17_000) + "\"}"), 413);
        assertProblem(post("/api/v1/chat", "text/plain", "hello"), 415);
        assertProblem(post("/api/v1/chat", null, "hello"), 415);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefused() throws Exception {
        byte[] big = ("{\"message\":\"" + "b".repeat(20_000) + "\"}").getBytes();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();
        assertProblem(http.send(request, HttpResponse.BodyHandlers.ofString()), 413);
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    @Test
    void noInputEverYieldsAServerError() throws Exception {
        Random random = new Random(42);
        String[] seeds = {"{\"message\":\"hi\"}", "{\"sessionId\":null,\"message\":\"how do dilators work\",\"audience\":\"self\",\"locale\":\"en-GB\"}",
                "{\"message\":123}", "{\"message\":true,\"audience\":5}", "{\"message\":\"x\",\"locale\":[]}", "null", "\"str\"",
                "{\"message\":\"\\u0000\\ud800\"}", "{\"sessionId\":{\"a\":1},\"message\":\"hi\"}"};
        String[] paths = {"/api/v1/chat", "/api/v1/chat/stream"};
        for (int i = 0; i < 300; i++) {
            String seed = seeds[random.nextInt(seeds.length)];
            String body = switch (random.nextInt(5)) {
                case 0 -> seed.substring(0, random.nextInt(seed.length() + 1));
                case 1 -> seed.replace("hi", randomText(random, random.nextInt(3000)));
                case 2 -> randomText(random, random.nextInt(400));
                case 3 -> new StringBuilder(seed).reverse().toString();
                default -> seed;
            };
            String path = paths[random.nextInt(paths.length)];
            String type = random.nextInt(10) == 0 ? "application/xml" : "application/json";
            HttpResponse<String> response = post(path, type, body);
            assertThat(response.statusCode()).as(path + " " + body).isLessThan(500);
        }
        HttpRequest weirdDelete = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/sessions/%F0%9F%92%A9%20" + "x".repeat(500))).DELETE().build();
        assertThat(http.send(weirdDelete, HttpResponse.BodyHandlers.ofString()).statusCode()).isLessThan(500);
    }

    private static String randomText(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            char c = kind < 6 ? (char) ('a' + random.nextInt(26)) : kind < 8 ? ' '
                    : "{}[]\":,\\<>/'é😀\n".charAt(random.nextInt(15));
            out.append(c);
        }
        return out.toString();
    }

    @Test
    void aWholeConversationLeavesNoMessageTextInTheLogs(CapturedOutput output) throws Exception {
        String[] secrets = {"Zanzibarquokka bleeding after my dilator", "my wife Xylophonia has vaginismus",
                "Quixotically I feel ashamed and scared"};
        String id = null;
        for (String secret : secrets) {
            String body = id == null ? "{\"message\":\"" + secret + "\"}"
                    : "{\"sessionId\":\"" + id + "\",\"message\":\"" + secret + "\"}";
            id = JSON.readTree(chat(body).body()).get("sessionId").asString();
        }
        post("/api/v1/chat/stream", "application/json", "{\"message\":\"Wobbleplatypus how often?\"}");

        assertThat(output.getAll()).contains("turn channel=WEB")
                .doesNotContain("Zanzibarquokka", "Xylophonia", "Quixotically", "Wobbleplatypus");
    }

    @Test
    void thePrometheusScrapeIsNotExposedUnlessAnOperatorIncludesIt() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }
}
