package org.safepace.bot.channel.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.Intent;
import org.safepace.bot.safety.SafetyDecision;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application with both messaging channels switched on and WireMock standing in for the Telegram Bot API
 * and the WhatsApp Cloud API. Every channel IT extends this class unchanged, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safepace.channels.session-key-secret=integration-test-session-key",
        "safepace.channels.telegram.bot-token=" + ChannelsITSupport.TELEGRAM_BOT_TOKEN,
        "safepace.channels.telegram.secret-token=" + ChannelsITSupport.TELEGRAM_SECRET,
        "safepace.channels.whatsapp.app-secret=" + ChannelsITSupport.WHATSAPP_APP_SECRET,
        "safepace.channels.whatsapp.verify-token=" + ChannelsITSupport.WHATSAPP_VERIFY_TOKEN,
        "safepace.channels.whatsapp.access-token=" + ChannelsITSupport.WHATSAPP_ACCESS_TOKEN,
        "safepace.channels.whatsapp.phone-number-id=" + ChannelsITSupport.WHATSAPP_PHONE_NUMBER_ID,
        // Small waits keep the suite fast; max-backoff stays above the 1 s retry-after the tests send.
        "safepace.channels.sender.max-attempts=3",
        "safepace.channels.sender.base-backoff=20ms",
        "safepace.channels.sender.max-backoff=2s",
        "safepace.channels.sender.queue-capacity=4",
        "safepace.channels.sender.threads=2",
        "safepace.channels.sender.read-timeout=5s"})
public abstract class ChannelsITSupport {

    public static final String TELEGRAM_BOT_TOKEN = "123456:TEST-token";
    public static final String TELEGRAM_SECRET = "telegram-webhook-secret_1";
    public static final String TELEGRAM_SEND_PATH = "/bot" + TELEGRAM_BOT_TOKEN + "/sendMessage";
    public static final String WHATSAPP_APP_SECRET = "test-app-secret";
    public static final String WHATSAPP_VERIFY_TOKEN = "test-verify-token";
    public static final String WHATSAPP_ACCESS_TOKEN = "EAAG-test-access-token";
    public static final String WHATSAPP_PHONE_NUMBER_ID = "106540352242922";
    public static final String WHATSAPP_SEND_PATH = "/v21.0/" + WHATSAPP_PHONE_NUMBER_ID + "/messages";

    /** Words a lock-screen preview must not show. */
    public static final Pattern EXPLICIT = Pattern.compile(
            "(?i)vagin|vulv|dilator|sex|penetrat|intercourse|genital|tampon|pelvic");

    /** How a seek-care or emergency reply opens: a calm next step, without naming the symptom. */
    public static final Pattern SEEK_CARE_WORDING = Pattern.compile(
            "(?i)checked|health professional|seek (medical )?care|call .*now|emergency");

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final WireMockServer PLATFORM = new WireMockServer(options().dynamicPort());
    /** Ids unique across every IT sharing the context: the channels' duplicate filters outlive a test. */
    private static final AtomicLong IDS = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000L) * 10);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        PLATFORM.start();
        Runtime.getRuntime().addShutdownHook(new Thread(PLATFORM::stop));
    }

    @DynamicPropertySource
    static void platformApis(DynamicPropertyRegistry registry) {
        registry.add("safepace.channels.telegram.api-base-url", PLATFORM::baseUrl);
        registry.add("safepace.channels.whatsapp.api-base-url", PLATFORM::baseUrl);
    }

    @LocalServerPort
    protected int port;

    @MockitoSpyBean
    protected ConversationService conversations;

    @BeforeEach
    void resetPlatforms() {
        PLATFORM.resetAll();
        PLATFORM.stubFor(post(urlPathEqualTo(TELEGRAM_SEND_PATH)).willReturn(okJson(
                "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1741608001,\"chat\":{\"id\":1,\"type\":\"private\"}}}")));
        PLATFORM.stubFor(post(urlPathEqualTo(WHATSAPP_SEND_PATH)).willReturn(okJson(
                "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"1\",\"wa_id\":\"1\"}],"
                        + "\"messages\":[{\"id\":\"wamid.out\"}]}")));
    }

    protected static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A fixture under src/test/resources/channels with some values replaced (ids, timestamps). */
    protected static String fixture(String name, Map<String, String> replacements) {
        try (InputStream in = ChannelsITSupport.class.getResourceAsStream("/channels/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture channels/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> replacement : replacements.entrySet()) {
                if (!text.contains(replacement.getKey())) {
                    throw new IllegalArgumentException(name + " has no " + replacement.getKey());
                }
                text = text.replace(replacement.getKey(), replacement.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected HttpResponse<String> postWebhook(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    protected HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Requests the stand-in received on a path, oldest first. */
    protected static List<LoggedRequest> sentTo(String path) {
        return PLATFORM.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    protected static JsonNode json(LoggedRequest request) {
        return JSON.readTree(request.getBody());
    }

    protected static ResponseDefinitionBuilder status(int status, String json) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json);
    }

    protected static BotReply reply(String text, List<String> suggestions) {
        return new BotReply("ignored", text, SafetyDecision.NONE, AudienceHint.SELF,
                List.of(new BotReply.SourceRef("dilators", "Starting with trainers", "first-steps")), suggestions,
                Intent.QUESTION);
    }

    /** What a lock screen would show of a message: its first line, at most 120 characters. */
    protected static String preview(String text) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        return firstLine.length() > 120 ? firstLine.substring(0, 120) : firstLine;
    }
}
