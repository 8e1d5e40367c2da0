package org.safepace.bot.channel.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Posts JSON to a platform API and classifies the answer for the {@link RetryingSender}. The base URL comes from
 * settings so that a stand-in (WireMock) can replace the platform in tests.
 */
public final class PlatformHttp {

    /** Enough of an error body to read a retry hint; a platform's error pages are not read further. */
    private static final int MAX_ERROR_BODY = 8 * 1024;

    private final RestClient client;
    private final RetryHint retryHint;

    /** An unmeasured client, for tests; the application passes Boot's builder. */
    public PlatformHttp(URI baseUrl, MessagingProperties.Sender settings, RetryHint retryHint) {
        this(baseUrl, settings, retryHint, RestClient.builder());
    }

    /**
     * @param retryHint reads the platform's own "retry after" from a 429 or 5xx answer
     * @param builder   Boot's {@code RestClient.Builder}, so every call is measured ({@code http.client.requests},
     *                  tagged with the path template only, never the base URL that holds a token)
     */
    public PlatformHttp(URI baseUrl, MessagingProperties.Sender settings, RetryHint retryHint,
                        RestClient.Builder builder) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(settings.readTimeout());
        this.client = builder.clone().baseUrl(baseUrl.toString()).requestFactory(requests).build();
        this.retryHint = retryHint;
    }

    /** Posts the body; network failures count as worth retrying, as the platform may not have seen the request. */
    public SendOutcome postJson(String path, byte[] json, Consumer<HttpHeaders> headers) {
        try {
            return client.post()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(headers)
                    .body(json)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status >= 200 && status < 300) {
                            return SendOutcome.delivered(status);
                        }
                        if (status == 429 || status >= 500) {
                            byte[] body = readBounded(response.getBody());
                            return SendOutcome.retry(status, retryHint.read(response.getHeaders(), body));
                        }
                        return SendOutcome.rejected(status);
                    }, true);
        } catch (ResourceAccessException e) {
            return SendOutcome.retry(0, Optional.empty());
        }
    }

    private static byte[] readBounded(InputStream body) throws IOException {
        return body == null ? new byte[0] : body.readNBytes(MAX_ERROR_BODY);
    }

    /** Reads a platform's requested wait from an error answer. */
    @FunctionalInterface
    public interface RetryHint {
        Optional<Duration> read(HttpHeaders headers, byte[] body);

        /** The standard {@code Retry-After} header in seconds (the HTTP-date form falls back to our backoff). */
        static Optional<Duration> retryAfterHeader(HttpHeaders headers) {
            String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
            if (value == null) {
                return Optional.empty();
            }
            try {
                long seconds = Long.parseLong(value.strip());
                return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
