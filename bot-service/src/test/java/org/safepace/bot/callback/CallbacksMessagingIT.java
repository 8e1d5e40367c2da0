package org.safepace.bot.callback;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF;
import static org.safepace.bot.callback.CallbackTestSupport.STAFF_PASSWORD;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepace.bot.callback.CallbackTestSupport.Http;
import org.safepace.bot.callback.CallbackTestSupport.MovableClock;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.Intent;
import org.safepace.bot.safety.SafetyDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Call-backs on Telegram and WhatsApp, with WireMock as both platforms: the consent button under a reply that
 * offers a call-back, a tap that stores the request with the chat as its contact, and staff's one reply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safepace.callbacks.enabled=true",
        "safepace.clinic.name=Riverside Pelvic Health", "safepace.clinic.phone=020 7946 0000",
        "safepace.clinic.time-zone=UTC", "safepace.clinic.opening-hours.WEDNESDAY=09:00-17:00",
        "safepace.channels.session-key-secret=integration-test-session-key",
        "safepace.channels.telegram.bot-token=" + CallbacksMessagingIT.TELEGRAM_TOKEN,
        "safepace.channels.telegram.secret-token=" + CallbacksMessagingIT.TELEGRAM_SECRET,
        "safepace.channels.whatsapp.app-secret=" + CallbacksMessagingIT.WHATSAPP_APP_SECRET,
        "safepace.channels.whatsapp.verify-token=verify",
        "safepace.channels.whatsapp.access-token=EAAG-test-access-token",
        "safepace.channels.whatsapp.phone-number-id=106540352242922",
        "safepace.channels.sender.max-attempts=2", "safepace.channels.sender.base-backoff=20ms"})
class CallbacksMessagingIT {

    static final String TELEGRAM_TOKEN = "123456:TEST-token";
    static final String TELEGRAM_SECRET = "telegram-webhook-secret_1";
    static final String WHATSAPP_APP_SECRET = "test-app-secret";
    static final String TELEGRAM_SEND = "/bot" + TELEGRAM_TOKEN + "/sendMessage";
    static final String TELEGRAM_ANSWER = "/bot" + TELEGRAM_TOKEN + "/answerCallbackQuery";
    static final String WHATSAPP_SEND = "/v21.0/106540352242922/messages";
    static final String CHAT_ID = "111111111";
    static final String WA_ID = "16505551234";

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final WireMockServer PLATFORM = new WireMockServer(options().dynamicPort());
    static final AtomicLong IDS = new AtomicLong(700_000_000L + (System.nanoTime() % 1_000_000L) * 10);

    static {
        PLATFORM.start();
    }

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        CallbackTestSupport.dataDirAndStaff(registry, dataDir);
        registry.add("safepace.channels.telegram.api-base-url", PLATFORM::baseUrl);
        registry.add("safepace.channels.whatsapp.api-base-url", PLATFORM::baseUrl);
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(); // Tuesday 22:30 UTC: the clinic is closed
        }
    }

    @AfterAll
    static void stopPlatform() {
        PLATFORM.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    CallbackService callbacks;
    @MockitoSpyBean
    ConversationService conversations;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        clock.reset();
        jdbc.sql("DELETE FROM callback_request").update();
        jdbc.sql("DELETE FROM callback_audit").update();
        PLATFORM.resetAll();
        PLATFORM.stubFor(post(urlPathEqualTo(TELEGRAM_SEND)).willReturn(okJson("{\"ok\":true,\"result\":{}}")));
        PLATFORM.stubFor(post(urlPathEqualTo(TELEGRAM_ANSWER)).willReturn(okJson("{\"ok\":true,\"result\":true}")));
        PLATFORM.stubFor(post(urlPathEqualTo(WHATSAPP_SEND)).willReturn(okJson(
                "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.out\"}]}")));
        doReturn(true).when(conversations).remembers(any());
        doReturn(new BotReply("s", "The clinic is closed now; it opens tomorrow at 09:00 (UTC time).", SafetyDecision.NONE,
                AudienceHint.SELF, List.of(), List.of(), Intent.ASK_FOR_PERSON, List.of(BotReply.CALLBACK)))
                .when(conversations).reply(any());
    }

    // --- Telegram -------------------------------------------------------------------------------------------------

    @Test
    void telegramOffersTheConsentButtonAndATapStoresTheChatAsTheContact() throws Exception {
        assertThat(telegram(fixture("telegram/text-message.json", Map.of("815000001", next()))).statusCode())
                .isEqualTo(200);
        List<LoggedRequest> offered = await(TELEGRAM_SEND, 2);
        JsonNode consent = json(offered.get(1));
        assertThat(consent.path("text").stringValue()).isEqualTo(callbacks.chatConsentText())
                .contains("Only clinic staff", "deleted 14 days");
        assertThat(consent.at("/reply_markup/inline_keyboard/0/0/callback_data").stringValue())
                .isEqualTo("callback:consent");

        byte[] tap = fixture("telegram/callback-consent.json", Map.of("815000007", next()));
        assertThat(telegram(tap).statusCode()).isEqualTo(200);
        List<LoggedRequest> confirmed = await(TELEGRAM_SEND, 3);
        assertThat(json(confirmed.get(2)).path("text").stringValue()).contains("your request is with the clinic",
                "answer you in this chat", "after it opens tomorrow at 09:00 (UTC time)");
        await(TELEGRAM_ANSWER, 1);
        assertThat(json(sent(TELEGRAM_ANSWER).get(0)).path("callback_query_id").stringValue())
                .isEqualTo("4382bfdwdsb323b2d9");

        List<Callback> open = callbacks.openRequests("test");
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.method()).isEqualTo(ContactMethod.TELEGRAM);
            assertThat(c.contactValue()).isEqualTo("this Telegram chat");
            assertThat(c.channelAddress()).isEqualTo(CHAT_ID);
        });
        assertThat(jdbc.sql("SELECT channel_address FROM callback_request").query(String.class).single())
                .doesNotContain(CHAT_ID);

        // The same update delivered again is a duplicate: still one request, no second confirmation.
        assertThat(telegram(tap).statusCode()).isEqualTo(200);
        assertThat(callbacks.openRequests("test")).hasSize(1);
        // A forged tap (wrong secret) is refused before anything is read.
        byte[] forged = fixture("telegram/callback-consent.json", Map.of("815000007", next()));
        assertThat(postWebhook("/channels/telegram/webhook", forged,
                Map.of("X-Telegram-Bot-Api-Secret-Token", "wrong")).statusCode()).isEqualTo(401);
        assertThat(callbacks.openRequests("test")).hasSize(1);
        assertThat(sent(TELEGRAM_SEND)).hasSize(3);
    }

    @Test
    void aDoubleTapOnTheConsentButtonAsksOnceAndConfirmsBoth() throws Exception {
        // Two presses are two updates with their own ids: the duplicate filter lets both through.
        assertThat(telegram(fixture("telegram/callback-consent.json", Map.of("815000007", next()))).statusCode())
                .isEqualTo(200);
        assertThat(telegram(fixture("telegram/callback-consent.json", Map.of("815000007", next()))).statusCode())
                .isEqualTo(200);
        List<LoggedRequest> confirmed = await(TELEGRAM_SEND, 2);
        assertThat(confirmed).allSatisfy(r -> assertThat(json(r).path("text").stringValue())
                .contains("your request is with the clinic"));
        assertThat(callbacks.openRequests("test")).singleElement()
                .satisfies(c -> assertThat(c.channelAddress()).isEqualTo(CHAT_ID));
        // Once staff have closed it, a new tap is a new request.
        callbacks.close("test", callbacks.openRequests("test").get(0).id(), CallbackStatus.CONTACTED);
        assertThat(telegram(fixture("telegram/callback-consent.json", Map.of("815000007", next()))).statusCode())
                .isEqualTo(200);
        await(TELEGRAM_SEND, 3);
        assertThat(callbacks.openRequests("test")).hasSize(1);
    }

    // --- WhatsApp -------------------------------------------------------------------------------------------------

    @Test
    void whatsAppOffersTheConsentButtonAndATapStoresTheNumberAsTheContact() throws Exception {
        assertThat(whatsApp(whatsAppFixture("whatsapp/text-message.json", "MDAwMQA=")).statusCode()).isEqualTo(200);
        List<LoggedRequest> offered = await(WHATSAPP_SEND, 2);
        JsonNode consent = json(offered.get(1));
        assertThat(consent.at("/interactive/body/text").stringValue()).isEqualTo(callbacks.chatConsentText());
        assertThat(consent.at("/interactive/action/buttons/0/reply/id").stringValue()).isEqualTo("callback:consent");
        assertThat(consent.at("/interactive/action/buttons/0/reply/title").stringValue().length())
                .isLessThanOrEqualTo(20);

        byte[] tap = whatsAppFixture("whatsapp/callback-consent.json", "MDAwNwA=");
        assertThat(whatsApp(tap).statusCode()).isEqualTo(200);
        List<LoggedRequest> confirmed = await(WHATSAPP_SEND, 3);
        assertThat(json(confirmed.get(2)).at("/text/body").stringValue()).contains("your request is with the clinic");
        assertThat(callbacks.openRequests("test")).singleElement().satisfies(c -> {
            assertThat(c.method()).isEqualTo(ContactMethod.WHATSAPP);
            assertThat(c.contactValue()).isEqualTo("this WhatsApp chat");
            assertThat(c.channelAddress()).isEqualTo(WA_ID);
        });

        assertThat(whatsApp(tap).statusCode()).isEqualTo(200); // a redelivery
        byte[] forged = whatsAppFixture("whatsapp/callback-consent.json", "MDAwNwA=");
        assertThat(postWebhook("/channels/whatsapp/webhook", forged,
                Map.of("X-Hub-Signature-256", "sha256=" + "0".repeat(64))).statusCode()).isEqualTo(401);
        assertThat(callbacks.openRequests("test")).hasSize(1);
        assertThat(sent(WHATSAPP_SEND)).hasSize(3);
    }

    @Test
    void whatsAppOffersNoButtonWhenTheClinicOpensTooLateToAnswerWithinTheWindow() throws Exception {
        clock.advance(Duration.ofHours(20)); // Wednesday 18:30: closed, and open again only next Wednesday
        assertThat(whatsApp(whatsAppFixture("whatsapp/text-message.json", "MDAwMQA=")).statusCode()).isEqualTo(200);
        await(WHATSAPP_SEND, 1);
        assertThat(telegram(fixture("telegram/text-message.json", Map.of("815000001", next()))).statusCode())
                .isEqualTo(200);
        await(TELEGRAM_SEND, 2); // Telegram has no window: its button is still offered
        assertThat(sent(WHATSAPP_SEND)).hasSize(1)
                .allSatisfy(r -> assertThat(r.getBodyAsString()).doesNotContain("callback:consent"));
    }

    // --- staff's one reply ----------------------------------------------------------------------------------------

    @Test
    void staffSendOneReplyInTheTelegramChatThenTheRequestIsContactedAndAudited() throws Exception {
        String id = callbacks.createForChat(ContactMethod.TELEGRAM, CHAT_ID).id();
        String page = loggedIn();
        assertThat(page).contains("this Telegram chat", "Send reply and mark contacted");

        assertThat(http.form("/staff/callbacks/" + id + "/reply", Map.of("text", "Hello")).statusCode())
                .as("no CSRF token").isEqualTo(403);
        HttpResponse<String> blank = http.form("/staff/callbacks/" + id + "/reply",
                Map.of("text", "   ", "_csrf", Http.csrfToken(page)));
        assertThat(blank.headers().firstValue("Location").orElse("")).endsWith("/staff/?empty");
        HttpResponse<String> tooLong = http.form("/staff/callbacks/" + id + "/reply",
                Map.of("text", "x".repeat(CallbackService.MAX_CHAT_REPLY + 1), "_csrf", Http.csrfToken(page)));
        assertThat(tooLong.headers().firstValue("Location").orElse("")).endsWith("/staff/?empty");
        assertThat(sent(TELEGRAM_SEND)).isEmpty();

        String text = "Hi, this is Ada from the clinic. Call us on 020 7946 0000 any weekday after 9, or reply here.";
        HttpResponse<String> replied = http.form("/staff/callbacks/" + id + "/reply",
                Map.of("text", text, "_csrf", Http.csrfToken(page)));
        assertThat(replied.statusCode()).isEqualTo(302);
        assertThat(replied.headers().firstValue("Location").orElse("")).endsWith("/staff/?replied");
        assertThat(sent(TELEGRAM_SEND)).singleElement().satisfies(r -> {
            assertThat(json(r).path("chat_id").asLong()).isEqualTo(Long.parseLong(CHAT_ID));
            assertThat(json(r).path("text").stringValue()).isEqualTo(text);
        });
        assertThat(http.get("/staff/").body()).contains("No open requests");
        assertThat(callbacks.auditTrail()).extracting(CallbackStore.AuditEntry::action).contains("REPLIED", "CONTACTED");
        assertThat(callbacks.auditTrail()).allSatisfy(a -> assertThat(a.toString()).doesNotContain(CHAT_ID, "Ada"));

        // Only one reply: the request is no longer open, so a second post sends nothing.
        HttpResponse<String> again = http.form("/staff/callbacks/" + id + "/reply",
                Map.of("text", "Another", "_csrf", Http.csrfToken(http.get("/staff/").body())));
        assertThat(again.headers().firstValue("Location").orElse("")).endsWith("/staff/?gone");
        assertThat(sent(TELEGRAM_SEND)).hasSize(1);
    }

    @Test
    void aReplyThePlatformRefusesLeavesTheRequestOpen() throws Exception {
        PLATFORM.stubFor(post(urlPathEqualTo(WHATSAPP_SEND)).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.badRequest()));
        String id = callbacks.createForChat(ContactMethod.WHATSAPP, WA_ID).id();
        HttpResponse<String> replied = http.form("/staff/callbacks/" + id + "/reply",
                Map.of("text", "Hello from the clinic", "_csrf", Http.csrfToken(loggedIn())));
        assertThat(replied.headers().firstValue("Location").orElse("")).endsWith("/staff/?unsent");
        assertThat(sent(WHATSAPP_SEND)).hasSize(1);
        assertThat(callbacks.openRequests("test")).extracting(Callback::id).containsExactly(id);
        assertThat(callbacks.auditTrail()).extracting(CallbackStore.AuditEntry::action).doesNotContain("REPLIED");
    }

    @Test
    void onWhatsAppStaffReplyWithinTwentyFourHoursAndAfterThemThePageSaysTheWindowHasClosed() throws Exception {
        String id = callbacks.createForChat(ContactMethod.WHATSAPP, WA_ID).id();
        clock.advance(Duration.ofHours(23));
        String page = loggedIn();
        assertThat(page).contains("Send reply and mark contacted").doesNotContain("24-hour window");

        clock.advance(Duration.ofHours(1));
        page = http.get("/staff/").body();
        assertThat(page).contains("this WhatsApp chat", "24-hour window for this chat has closed")
                .doesNotContain("Send reply and mark contacted");
        // A crafted post is refused too, and nothing reaches WhatsApp.
        HttpResponse<String> replied = http.form("/staff/callbacks/" + id + "/reply",
                Map.of("text", "Hello", "_csrf", Http.csrfToken(page)));
        assertThat(replied.headers().firstValue("Location").orElse("")).endsWith("/staff/?noreply");
        assertThat(sent(WHATSAPP_SEND)).isEmpty();
        assertThat(callbacks.openRequests("test")).hasSize(1);
    }

    @Test
    void withinTheWindowTheWhatsAppReplyIsOneTextMessageToTheNumber() throws Exception {
        String id = callbacks.createForChat(ContactMethod.WHATSAPP, WA_ID).id();
        clock.advance(Duration.ofHours(10));
        HttpResponse<String> replied = http.form("/staff/callbacks/" + id + "/reply",
                Map.of("text", "Hi, it's the clinic team. *Call us* after 9.", "_csrf", Http.csrfToken(loggedIn())));
        assertThat(replied.headers().firstValue("Location").orElse("")).endsWith("/staff/?replied");
        assertThat(sent(WHATSAPP_SEND)).singleElement().satisfies(r -> {
            assertThat(json(r).path("to").stringValue()).isEqualTo(WA_ID);
            assertThat(json(r).path("type").stringValue()).isEqualTo("text");
            assertThat(json(r).at("/text/body").stringValue()).isEqualTo("Hi, it's the clinic team. *Call us* after 9.");
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer EAAG-test-access-token");
        });
        assertThat(callbacks.openRequests("test")).isEmpty();
    }

    /** Logs in through the form and returns the requests page. */
    private String loggedIn() throws Exception {
        String csrf = Http.csrfToken(http.get("/staff/login").body());
        HttpResponse<String> login = http.form("/staff/login",
                Map.of("username", STAFF, "password", STAFF_PASSWORD, "_csrf", csrf));
        assertThat(login.statusCode()).isEqualTo(302);
        HttpResponse<String> page = http.get("/staff/");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static String next() {
        return Long.toString(IDS.incrementAndGet());
    }

    private byte[] whatsAppFixture(String name, String idTail) {
        return fixture(name, Map.of(idTail, next() + "A=",
                "\"1741608000\"", "\"" + clock.instant().getEpochSecond() + "\""));
    }

    private static byte[] fixture(String name, Map<String, String> replacements) {
        try (InputStream in = CallbacksMessagingIT.class.getResourceAsStream("/channels/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> r : replacements.entrySet()) {
                assertThat(text).as(name).contains(r.getKey());
                text = text.replace(r.getKey(), r.getValue());
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> telegram(byte[] body) throws Exception {
        return postWebhook("/channels/telegram/webhook", body, Map.of("X-Telegram-Bot-Api-Secret-Token",
                TELEGRAM_SECRET));
    }

    private HttpResponse<String> whatsApp(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WHATSAPP_APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return postWebhook("/channels/whatsapp/webhook", body,
                Map.of("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body))));
    }

    private HttpResponse<String> postWebhook(String path, byte[] body, Map<String, String> headers) throws Exception {
        return new Http(port).send("POST", path, "application/json", new String(body, StandardCharsets.UTF_8),
                headers);
    }

    private static List<LoggedRequest> sent(String path) {
        return PLATFORM.findAll(postRequestedFor(urlPathEqualTo(path))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    private static List<LoggedRequest> await(String path, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sent(path).size() >= count);
        return sent(path);
    }

    private static JsonNode json(LoggedRequest request) {
        return JSON.readTree(request.getBody());
    }
}
