package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that send their body slowly, or start it and stop, hold no worker thread, on the API and on the messaging
 * webhooks alike: with more of them than Tomcat has threads (8 here, 200 by default), an ordinary request is still
 * answered at once, and each slow one gets a 408 problem at the body deadline. A body that trickles in within the
 * deadline is answered as usual (a webhook's signature checked over the bytes as they arrived), and each path keeps
 * its own size limit (the webhooks' is {@code safepace.channels.max-body-size}, 2 KB here).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.threads.max=8", "server.tomcat.threads.min-spare=8",
        "safepace.rate-limit.address-capacity=100000", "safepace.rate-limit.address-refill-per-minute=100000",
        "safepace.channels.max-body-size=2KB",
        "safepace.channels.telegram.bot-token=123456:SLOW-token",
        "safepace.channels.telegram.secret-token=" + SlowClientsIT.TELEGRAM_SECRET,
        "safepace.channels.telegram.api-base-url=http://127.0.0.1:9",
        "safepace.channels.whatsapp.app-secret=" + SlowClientsIT.WHATSAPP_APP_SECRET,
        "safepace.channels.whatsapp.verify-token=slow-verify-token",
        "safepace.channels.whatsapp.access-token=EAAG-slow-access-token",
        "safepace.channels.whatsapp.phone-number-id=106540352242922",
        "safepace.channels.whatsapp.api-base-url=http://127.0.0.1:9"})
class SlowClientsIT {

    static final String TELEGRAM_SECRET = "slow-clients-telegram-secret";
    static final String WHATSAPP_APP_SECRET = "slow-clients-app-secret";
    private static final String BODY = "{\"message\": \"how do I start with dilators?\"}";
    private static final String CHAT = "/api/v1/chat";
    private static final String TELEGRAM = "/channels/telegram/webhook";
    private static final String WHATSAPP = "/channels/whatsapp/webhook";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** Sends the head of a request and the first byte of its body, and never another byte. */
    private Socket startSlowBody(String path, String headers, byte[] body) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(40_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + headers
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(body, 0, 1);
        out.flush();
        return socket;
    }

    /** Sends a whole request, its body a byte at a time, and returns the answer. */
    private String trickle(String path, String headers, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (byte b : body) {
                out.write(b);
                out.flush();
                Thread.sleep(Math.max(1, 2_000 / body.length)); // the whole body in about 2 s
            }
            return response(socket);
        }
    }

    private HttpResponse<String> post(String path, Map<String, String> headers, HttpRequest.BodyPublisher body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json").POST(body);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = SlowClientsIT.class.getResourceAsStream("/channels/" + name)) {
            return in.readAllBytes();
        }
    }

    private static String signature(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WHATSAPP_APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static void assertTimedOut(List<Socket> slow, long started) throws IOException {
        for (Socket socket : slow) {
            try (socket) {
                String answer = response(socket);
                assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json")
                        .contains("\"status\":408", "request-timeout");
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("the slow bodies end at the deadline")
                .isBetween(RequestBodyFilter.BODY_DEADLINE.minusSeconds(1), Duration.ofSeconds(30));
    }

    private static String response(Socket socket) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
                String text = all.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n") && text.endsWith("}")) {
                    break;
                }
            }
        } catch (IOException closed) {
            // whatever arrived is the answer
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bodiesThatStallHoldNoThreadAndEndIn408WhileOthersAreAnswered() throws Exception {
        long started = System.nanoTime();
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            slow.add(startSlowBody(CHAT, "", BODY.getBytes(StandardCharsets.UTF_8)));
        }
        Thread.sleep(500); // every slow body has reached the server

        HttpResponse<String> ordinary = post(CHAT, Map.of(), HttpRequest.BodyPublishers.ofString(BODY));
        assertThat(ordinary.statusCode()).as(ordinary.body()).isEqualTo(200);
        assertThat(ordinary.body()).contains("\"reply\"");

        assertTimedOut(slow, started);
    }

    @Test
    void webhookBodiesThatStallHoldNoThreadAndEndIn408WhileOthersAreAnswered() throws Exception {
        byte[] update = fixture("telegram/group-message.json");
        byte[] notification = fixture("whatsapp/status-callback.json");
        long started = System.nanoTime();
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // With the right secret, so that a secret check cannot be what ends them.
            slow.add(startSlowBody(TELEGRAM, "X-Telegram-Bot-Api-Secret-Token: " + TELEGRAM_SECRET + "\r\n", update));
            slow.add(startSlowBody(WHATSAPP, "X-Hub-Signature-256: " + signature(notification) + "\r\n",
                    notification));
        }
        Thread.sleep(500);

        HttpResponse<String> webhook = post(WHATSAPP, Map.of("X-Hub-Signature-256", signature(notification)),
                HttpRequest.BodyPublishers.ofByteArray(notification));
        assertThat(webhook.statusCode()).as(webhook.body()).isEqualTo(200);
        HttpResponse<String> chat = post(CHAT, Map.of(), HttpRequest.BodyPublishers.ofString(BODY));
        assertThat(chat.statusCode()).as(chat.body()).isEqualTo(200);

        assertTimedOut(slow, started);
    }

    @Test
    void aBodyThatTricklesInWithinTheDeadlineIsAnswered() throws Exception {
        assertThat(trickle(CHAT, "", BODY.getBytes(StandardCharsets.UTF_8))).startsWith("HTTP/1.1 200")
                .contains("\"reply\"");
    }

    @Test
    void aWebhookThatTricklesInIsCheckedOverTheBytesReceivedAndAcknowledged() throws Exception {
        byte[] notification = fixture("whatsapp/status-callback.json");
        assertThat(trickle(WHATSAPP, "X-Hub-Signature-256: " + signature(notification) + "\r\n", notification))
                .startsWith("HTTP/1.1 200");
        byte[] tampered = new String(notification, StandardCharsets.UTF_8).replace("delivered", "deliverer")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(trickle(WHATSAPP, "X-Hub-Signature-256: " + signature(notification) + "\r\n", tampered))
                .as("a forged body is refused").startsWith("HTTP/1.1 401").contains("application/problem+json");

        byte[] update = fixture("telegram/group-message.json");
        assertThat(trickle(TELEGRAM, "X-Telegram-Bot-Api-Secret-Token: " + TELEGRAM_SECRET + "\r\n", update))
                .startsWith("HTTP/1.1 200");
        assertThat(trickle(TELEGRAM, "X-Telegram-Bot-Api-Secret-Token: wrong\r\n", update))
                .startsWith("HTTP/1.1 401").contains("application/problem+json");
    }

    @Test
    void theWebhooksKeepTheirOwnSizeLimitHoweverTheBodyIsSent() throws Exception {
        // 3 KB of JSON (whitespace after the object): over the webhooks' 2 KB, within the API's 16 KB.
        byte[] padded = (BODY + " ".repeat(3 * 1024)).getBytes(StandardCharsets.UTF_8);
        Map<String, String> secret = Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET);
        for (HttpRequest.BodyPublisher body : List.of(HttpRequest.BodyPublishers.ofByteArray(padded),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(padded)))) { // chunked
            for (String path : List.of(TELEGRAM, WHATSAPP)) {
                HttpResponse<String> refused = post(path, secret, body);
                assertThat(refused.statusCode()).as(path).isEqualTo(413);
                assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
                assertThat(refused.body()).contains("too-large", "at most 2048 bytes");
            }
        }
        assertThat(post(CHAT, Map.of(), HttpRequest.BodyPublishers.ofByteArray(padded)).statusCode()).isEqualTo(200);
    }
}
