package org.safepace.bot.callback;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Shared by the call-back ITs: a clock tests can move, staff credentials, and a small HTTP client. */
final class CallbackTestSupport {

    static final String STAFF = "nurse.ada";
    static final String STAFF_PASSWORD = "correct horse battery staple";
    static final String OTHER_STAFF = "dr.lee";
    static final String OTHER_PASSWORD = "another long passphrase";
    /** bcrypt at the lowest cost, so logins in tests stay fast. */
    static final String STAFF_HASH = new BCryptPasswordEncoder(4).encode(STAFF_PASSWORD);
    static final String OTHER_HASH = new BCryptPasswordEncoder(4).encode(OTHER_PASSWORD);
    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private CallbackTestSupport() {
    }

    /** The data directory and the first staff account, as every call-back IT on the embedded database needs them. */
    static void dataDirAndStaff(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("safepace.data-dir", dataDir::toString);
        registry.add("safepace.staff.accounts[0].username", () -> STAFF);
        registry.add("safepace.staff.accounts[0].password-hash", () -> STAFF_HASH);
    }

    /** A clock the test moves by hand (retention, expiry). */
    static final class MovableClock extends Clock {
        static final Instant START = Instant.parse("2026-12-01T22:30:00Z");
        private final AtomicReference<Instant> now = new AtomicReference<>(START);

        /** Back to the start (Tuesday 22:30 UTC), so tests sharing a context do not depend on their order. */
        void reset() {
            now.set(START);
        }

        void advance(Duration by) {
            now.updateAndGet(i -> i.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    /** HTTP against the running application, with cookies handled by hand (the session cookie is Secure). */
    static final class Http {
        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final int port;
        private String cookie;

        Http(int port) {
            this.port = port;
        }

        HttpResponse<String> send(String method, String path, String contentType, String body,
                                  Map<String, String> headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            headers.forEach(request::header);
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.split(";", 2)[0]);
            return response;
        }

        HttpResponse<String> json(String method, String path, String body) throws Exception {
            return send(method, path, "application/json", body, Map.of());
        }

        HttpResponse<String> get(String path) throws Exception {
            return send("GET", path, null, null, Map.of());
        }

        HttpResponse<String> basic(String method, String path, String user, String password, String body)
                throws Exception {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            return send(method, path, body == null ? null : "application/json", body,
                    Map.of("Authorization", "Basic " + credentials));
        }

        HttpResponse<String> form(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send("POST", path, "application/x-www-form-urlencoded", body, Map.of());
        }

        /** The CSRF token in a page's form. */
        static String csrfToken(String html) {
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
            if (!m.find()) {
                throw new AssertionError("no CSRF token in the page");
            }
            return m.group(1);
        }
    }
}
