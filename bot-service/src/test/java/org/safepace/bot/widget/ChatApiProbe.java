package org.safepace.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks the chat API directly, outside the browser, whether it still knows a session. */
final class ChatApiProbe {

    private static final Pattern SESSION_ID = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ChatApiProbe() {
    }

    /**
     * The session id the API answers with when asked to continue {@code sessionId}: the same one while the server
     * knows the session, a new one once it has forgotten it (the contract starts a new session for unknown ids).
     */
    static String sessionIdAnsweredFor(String serviceBaseUrl, String sessionId) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(serviceBaseUrl + "/api/v1/chat"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":\"" + sessionId + "\",\"message\":\"hello\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            Matcher matcher = SESSION_ID.matcher(response.body());
            assertThat(matcher.find()).as(response.body()).isTrue();
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
