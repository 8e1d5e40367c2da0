package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that send their body slowly, or start it and stop, hold no worker thread: with more of them than Tomcat has
 * threads (8 here, 200 by default), an ordinary request is still answered at once, and each slow one gets a 408
 * problem at the body deadline. A body that trickles in within the deadline is answered as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.tomcat.threads.max=8", "server.tomcat.threads.min-spare=8",
        "safepace.rate-limit.address-capacity=100000", "safepace.rate-limit.address-refill-per-minute=100000"})
class SlowClientsIT {

    private static final String BODY = "{\"message\": \"how do I start with dilators?\"}";

    @LocalServerPort
    int port;

    private Socket startSlowBody() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(40_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/chat HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + BODY.length() + "\r\n\r\n" + BODY.charAt(0)).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket; // and never another byte
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
            slow.add(startSlowBody());
        }
        Thread.sleep(500); // every slow body has reached the server

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpResponse<String> ordinary = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/chat")).timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ordinary.statusCode()).as(ordinary.body()).isEqualTo(200);
        assertThat(ordinary.body()).contains("\"reply\"");

        for (Socket socket : slow) {
            try (socket) {
                String answer = response(socket);
                assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json")
                        .contains("\"status\":408", "request-timeout");
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("the slow bodies end at the deadline")
                .isBetween(RequestSizeLimitFilter.BODY_DEADLINE.minusSeconds(1), Duration.ofSeconds(30));
    }

    @Test
    void aBodyThatTricklesInWithinTheDeadlineIsAnswered() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/chat HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + BODY.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (byte b : BODY.getBytes(StandardCharsets.UTF_8)) {
                out.write(b);
                out.flush();
                Thread.sleep(40);
            }
            String answer = response(socket);
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"reply\"");
        }
    }
}
