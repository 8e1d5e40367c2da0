package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the service or its container produces, over real HTTP and raw sockets: one problem+json shape, and
 * nothing a client sent in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safepace.rate-limit.address-capacity=100000",
                "safepace.rate-limit.address-refill-per-minute=100000"})
@Import(ErrorsIT.Broken.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    /** A bug on purpose: its exception message holds what a client might have sent. */
    @RestController
    static class Broken {
        @GetMapping("/api/v1/test-only/broken")
        String broken() {
            throw new IllegalStateException("Zanzibarquokka leaked into an exception message");
        }
    }

    @Test
    void theErrorPathItselfIsANotFoundProblemForGetAndHead() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/error")).GET());
        assertProblem(get, 404);

        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/error")).method("HEAD",
                HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void anUnknownPathAndAWrongMethodAreProblemsToo() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/no/such/thing")).GET()), 404);
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/chat")).GET()), 405);
        assertProblem(send(HttpRequest.newBuilder(uri("/no/such/thing")).header("Accept", "text/html").GET()), 404);
        assertProblem(send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html").GET()), 404);
    }

    @Test
    void wronglyTypedFieldsAreBadRequestsNamingTheField() throws Exception {
        assertField(chat("{\"message\": 42}"), "message");
        assertField(chat("{\"message\": true}"), "message");
        assertField(chat("{\"message\": 4.5}"), "message");
        assertField(chat("{\"message\": [\"hi\"]}"), "message");
        assertField(chat("{\"message\":\"hi\",\"locale\": true}"), "locale");
        assertField(chat("{\"message\":\"hi\",\"audience\": 1}"), "audience");
        assertField(chat("{\"message\":\"hi\",\"sessionId\": 12345}"), "sessionId");
        assertField(post("/api/v1/chat/stream", "{\"message\": 42}"), "message");
    }

    @Test
    void aDeeplyNestedBodyGetsTheSameAnswerSizedOrChunked() throws Exception {
        String small = "{\"message\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
        assertProblem(chat(small), 400);
        assertProblem(chunked(small), 400);

        String large = "{\"message\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
        assertProblem(chat(large), 413);
        assertProblem(chunked(large), 413);
    }

    @Test
    void anUnsupportedTransferEncodingIsA501Problem() throws Exception {
        String response = raw("POST /api/v1/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 501");
        assertRawProblem(response, 501);
    }

    @Test
    void aMalformedHeaderIsAProblemAndItsValueIsNotLogged(CapturedOutput output) throws Exception {
        String response = raw("GET /api/v1/chat HTTP/1.1\r\nHost: localhost\r\nX-Bad: Xylophonia\u0001secret\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertRawProblem(response, 400);
        String badName = raw("GET /api/v1/chat HTTP/1.1\r\nHost: localhost\r\nX Bad Quixotically: 1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(badName).startsWith("HTTP/1.1 400");
        assertThat(output.getAll()).doesNotContain("Xylophonia", "Quixotically");
    }

    @Test
    void anInventedMethodIsAProblemAndIsNotLogged(CapturedOutput output) throws Exception {
        String response = raw("WOBBLEPLATYPUS /api/v1/chat HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        // Spring Security's firewall refuses a method it does not know (400) before Spring MVC would say 405.
        assertThat(response).startsWith("HTTP/1.1 400");
        assertRawProblem(response, 400);
        assertThat(output.getAll()).doesNotContainIgnoringCase("Wobbleplatypus");
    }

    @Test
    void anUnexpectedErrorLogsOneLineWithTheErrorIdTheResponseCarries(CapturedOutput output) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/test-only/broken")).GET());

        assertProblem(response, 500);
        String errorId = JSON.readTree(response.body()).get("errorId").asString();
        assertThat(errorId).matches("[0-9a-f]{16}");
        assertThat(response.body()).doesNotContain("Zanzibarquokka", "IllegalStateException");
        String log = output.getAll();
        assertThat(log).doesNotContain("Zanzibarquokka");
        assertThat(log.lines().filter(line -> line.contains(errorId))).hasSize(1);
        assertThat(log).doesNotContain("\tat org.safepace.bot.system.ErrorsIT$Broken.broken");
    }

    @Test
    void harmlessStartUpNoiseAndLoggersThatQuoteClientBytesAreQuiet() {
        // One JVM runs every IT and the model loads once per JVM, so the start-up lines themselves may come and go:
        // check the levels that keep them out.
        for (String logger : new String[] {"ai.djl.util.cuda.CudaUtils",
                "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer", "org.apache.coyote.http11.Http11Processor",
                "org.apache.tomcat.util.http.parser.Cookie", "org.apache.tomcat.util.http.Parameters"}) {
            assertThat(org.slf4j.LoggerFactory.getLogger(logger).isInfoEnabled()).as(logger).isFalse();
        }
        assertThat(org.slf4j.LoggerFactory.getLogger("ai.djl.util.cuda.CudaUtils").isWarnEnabled()).isFalse();
        assertThat(org.slf4j.LoggerFactory.getLogger("org.apache.coyote.http11.Http11Processor").isWarnEnabled())
                .isTrue();
    }

    private void assertField(HttpResponse<String> response, String field) throws IOException {
        assertProblem(response, 400);
        assertThat(JSON.readTree(response.body()).get("field").asString()).as(response.body()).isEqualTo(field);
    }

    private static void assertProblem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.path("type").asString()).as(response.body()).startsWith("https://safepace.invalid/problems/");
    }

    private static void assertRawProblem(String response, int status) throws IOException {
        int split = response.indexOf("\r\n\r\n");
        String head = response.substring(0, split).toLowerCase(java.util.Locale.ROOT);
        assertThat(head).contains("content-type: application/problem+json");
        String body = response.substring(split + 4);
        Matcher chunk = Pattern.compile("(?s)^[0-9a-fA-F]+\r\n(.*?)\r\n0\r\n\r\n$").matcher(body);
        JsonNode problem = JSON.readTree(chunk.matches() ? chunk.group(1) : body);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> chat(String body) throws Exception {
        return post("/api/v1/chat", body);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> chunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/api/v1/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
    }

    /** Sends bytes no well-behaved client would, and reads the answer until the server closes. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
