package org.safepace.bot.channel.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.safepace.bot.channel.messaging.ChannelsITSupport;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.IncomingMessage;
import org.safepace.bot.safety.TriageLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class WhatsAppWebhookIT extends ChannelsITSupport {

    private static final String WEBHOOK = "/channels/whatsapp/webhook";
    private static final String WA_ID = "16505551234";
    private static final String FIXTURE_ID_TAIL = "MDAwMQA=";
    private static final String FIXTURE_TIMESTAMP = "\"1741608000\"";

    @Autowired
    private WhatsAppChannel channel;

    private final WebhookSignature signature = new WebhookSignature(WHATSAPP_APP_SECRET);

    @AfterEach
    void drain() {
        await().atMost(Duration.ofSeconds(15)).until(() -> channel.pendingDeliveries() == 0);
    }

    @BeforeEach
    void returningPerson() {
        // Most tests are about one reply: the person has talked with SafePace before, so no greeting comes first.
        doReturn(true).when(conversations).remembers(any());
    }

    /** A fixture with a fresh message id and a send time {@code ageSeconds} ago. */
    private static byte[] notification(String fixture, long ageSeconds) {
        return notification(fixture, ageSeconds, WA_ID);
    }

    /** The same, from another person's number. */
    private static byte[] notification(String fixture, long ageSeconds, String waId) {
        Map<String, String> replacements = fixture.equals("status-callback.json")
                ? Map.of()
                : Map.of(idTail(fixture), nextId() + "A=",
                        FIXTURE_TIMESTAMP, "\"" + (Instant.now().getEpochSecond() - ageSeconds) + "\"",
                        WA_ID, waId);
        return fixture("whatsapp/" + fixture, replacements).getBytes(StandardCharsets.UTF_8);
    }

    private static String newNumber() {
        return "4477" + nextId();
    }

    private static String textOf(JsonNode message) {
        return message.path("type").stringValue().equals("text")
                ? message.at("/text/body").stringValue() : message.at("/interactive/body/text").stringValue();
    }

    private static String idTail(String fixture) {
        return switch (fixture) {
            case "text-message.json" -> FIXTURE_ID_TAIL;
            case "button-reply.json" -> "MDAwMgA=";
            case "red-flag.json" -> "MDAwNAA=";
            default -> throw new IllegalArgumentException(fixture);
        };
    }

    private HttpResponse<String> deliver(byte[] body) {
        return postWebhook(WEBHOOK, body,
                Map.of(WhatsAppWebhookController.SIGNATURE_HEADER, "sha256=" + signature.sign(body)));
    }

    private static List<LoggedRequest> sent() {
        return sentTo(WHATSAPP_SEND_PATH);
    }

    private static List<LoggedRequest> awaitSent(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sent().size() >= count);
        return sent();
    }

    @Test
    void theSubscriptionCheckEchoesTheChallengeOnlyForTheRightToken() {
        HttpResponse<String> right = get(WEBHOOK + "?hub.mode=subscribe&hub.verify_token=" + WHATSAPP_VERIFY_TOKEN
                + "&hub.challenge=1158201444");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).isEqualTo("1158201444");
        assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));

        assertThat(get(WEBHOOK + "?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444").statusCode())
                .isEqualTo(403);
        assertThat(get(WEBHOOK + "?hub.mode=unsubscribe&hub.verify_token=" + WHATSAPP_VERIFY_TOKEN
                + "&hub.challenge=1158201444").statusCode()).isEqualTo(403);
        assertThat(get(WEBHOOK).statusCode()).isEqualTo(403);
    }

    @Test
    void aTextMessageIsAnsweredWithWhatsAppFormattingAndReplyButtons() {
        doReturn(reply("**Go slowly.** Start with the smallest trainer.",
                List.of("How do I start with dilators?", "Why does it hurt?", "What can my partner do to help?",
                        "Is this common?")))
                .when(conversations).reply(any());

        assertThat(deliver(notification("text-message.json", 5)).statusCode()).isEqualTo(200);

        LoggedRequest request = awaitSent(1).get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + WHATSAPP_ACCESS_TOKEN);
        JsonNode body = json(request);
        assertThat(body.path("messaging_product").stringValue()).isEqualTo("whatsapp");
        assertThat(body.path("to").stringValue()).isEqualTo(WA_ID);
        assertThat(body.path("type").stringValue()).isEqualTo("interactive");
        assertThat(body.at("/interactive/type").stringValue()).isEqualTo("button");
        assertThat(body.at("/interactive/body/text").stringValue())
                .isEqualTo("*Go slowly.* Start with the smallest trainer.\n\n*Sources:* Starting with trainers");
        JsonNode buttons = body.at("/interactive/action/buttons");
        assertThat(buttons.size()).isEqualTo(3);
        assertThat(buttons.get(0).at("/reply/title").stringValue()).isEqualTo("How do I start with…");
        assertThat(buttons.get(0).at("/reply/id").stringValue()).isEqualTo("ask:How do I start with dilators?");
        assertThat(buttons.get(2).at("/reply/title").stringValue()).isEqualTo("What can my partner…");

        ArgumentCaptor<IncomingMessage> asked = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(conversations).reply(asked.capture());
        assertThat(asked.getValue().text()).isEqualTo("How do I start with dilators?");
        assertThat(asked.getValue().channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(asked.getValue().sessionId()).startsWith("wa-").doesNotContain(WA_ID);
    }

    @Test
    void aTappedButtonAsksTheWholeSuggestionNotItsShortTitle() {
        doReturn(reply("Partners can help by going at your pace.", List.of())).when(conversations).reply(any());

        assertThat(deliver(notification("button-reply.json", 5)).statusCode()).isEqualTo(200);

        JsonNode body = json(awaitSent(1).get(0));
        assertThat(body.path("type").stringValue()).isEqualTo("text");
        assertThat(body.at("/text/body").stringValue()).startsWith("Partners can help");
        ArgumentCaptor<IncomingMessage> asked = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(conversations).reply(asked.capture());
        assertThat(asked.getValue().text()).isEqualTo("What can my partner do to help?");
    }

    @Test
    void aForgedOrMissingSignatureIsRefusedAndNothingIsSent() {
        byte[] body = notification("text-message.json", 5);
        String forged = "sha256=" + new WebhookSignature("not-the-app-secret").sign(body);
        assertThat(postWebhook(WEBHOOK, body, Map.of(WhatsAppWebhookController.SIGNATURE_HEADER, forged)).statusCode())
                .isEqualTo(401);
        assertThat(postWebhook(WEBHOOK, body, Map.of()).statusCode()).isEqualTo(401);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("dilators", "DILATORS")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(postWebhook(WEBHOOK, tampered, Map.of(WhatsAppWebhookController.SIGNATURE_HEADER,
                "sha256=" + signature.sign(body))).statusCode()).isEqualTo(401);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().isEmpty());
        verify(conversations, never()).reply(any());
    }

    @Test
    void statusCallbacksAreAcknowledgedAndIgnored() {
        assertThat(deliver(notification("status-callback.json", 0)).statusCode()).isEqualTo(200);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().isEmpty());
        verify(conversations, never()).reply(any());
    }

    @Test
    void aMessageOfOnlyInvisibleCharactersIsAcknowledgedAndNotAnswered() {
        byte[] body = new String(notification("text-message.json", 5), StandardCharsets.UTF_8)
                .replace("How do I start with dilators?", "\\u200b \\u00ad\\u200d").getBytes(StandardCharsets.UTF_8);
        assertThat(deliver(body).statusCode()).isEqualTo(200);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().isEmpty());
        verify(conversations, never()).reply(any());
    }

    @Test
    void theSameMessageDeliveredTwiceIsAnsweredOnce() {
        byte[] body = notification("text-message.json", 5);
        assertThat(deliver(body).statusCode()).isEqualTo(200);
        assertThat(deliver(body).statusCode()).isEqualTo(200);
        awaitSent(1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().size() == 1);
        verify(conversations, times(1)).reply(any());
    }

    @Test
    void aMessageOlderThanTheServiceWindowIsNotAnswered() {
        assertThat(deliver(notification("text-message.json", 25 * 3600)).statusCode()).isEqualTo(200);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().isEmpty());
        verify(conversations, never()).reply(any());
    }

    @Test
    void a429IsRetriedAfterTheRetryAfterHeader() {
        PLATFORM.stubFor(post(urlPathEqualTo(WHATSAPP_SEND_PATH)).inScenario("throttle").whenScenarioStateIs(STARTED)
                .willReturn(status(429, "{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"code\":130429}}")
                        .withHeader("Retry-After", "1"))
                .willSetStateTo("calm"));
        PLATFORM.stubFor(post(urlPathEqualTo(WHATSAPP_SEND_PATH)).inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.x\"}]}")));

        assertThat(deliver(notification("text-message.json", 5)).statusCode()).isEqualTo(200);

        List<LoggedRequest> attempts = awaitSent(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> channel.pendingDeliveries() == 0);
        assertThat(attempts).hasSize(2);
        long gap = attempts.get(1).getLoggedDate().getTime() - attempts.get(0).getLoggedDate().getTime();
        assertThat(gap).isGreaterThanOrEqualTo(950);
    }

    @Test
    void repeated500sEndInABoundedGiveUpThatLogsNoTextAndNoNumber(CapturedOutput output) {
        PLATFORM.stubFor(post(urlPathEqualTo(WHATSAPP_SEND_PATH)).willReturn(aResponse().withStatus(503)));
        doReturn(reply("A private answer about trainers.", List.of())).when(conversations).reply(any());

        assertThat(deliver(notification("text-message.json", 5)).statusCode()).isEqualTo(200);

        awaitSent(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> channel.pendingDeliveries() == 0);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().size() == 3);
        assertThat(output).contains("whatsapp: gave up on delivery").contains("after 3 attempts; last status 503");
        assertThat(output.getAll()).doesNotContain(WA_ID).doesNotContain("private answer")
                .doesNotContain("How do I start").doesNotContain(WHATSAPP_ACCESS_TOKEN);
    }

    @Test
    void aLongReplyIsSplitIntoTextMessagesWithTheButtonsOnTheLast() {
        String paragraph = "Take your time with each step; comfort matters more than progress. ".repeat(15);
        String longReply = String.join("\n\n", Collections.nCopies(6, paragraph.strip())) + "\n\nThe last paragraph.";
        doReturn(reply(longReply, List.of("Why?"))).when(conversations).reply(any());

        assertThat(deliver(notification("text-message.json", 5)).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> channel.pendingDeliveries() == 0);
        List<JsonNode> parts = sent().stream().map(ChannelsITSupport::json).toList();
        // Four paragraphs fill the first message; the rest is too long for a button message's 1,024 characters,
        // so it goes as text and the buttons follow on their own.
        assertThat(parts).extracting(p -> p.path("type").stringValue()).containsExactly("text", "text", "interactive");
        assertThat(parts.subList(0, 2)).allSatisfy(p -> assertThat(p.at("/text/body").stringValue().length())
                .isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).at("/text/body").stringValue()).startsWith("Take your time").endsWith("progress.");
        assertThat(parts.get(1).at("/text/body").stringValue()).endsWith("*Sources:* Starting with trainers");
        assertThat(parts.get(2).at("/interactive/body/text").stringValue()).isEqualTo(WhatsAppMessages.BUTTONS_ONLY_BODY);
        assertThat(parts.get(2).at("/interactive/action/buttons/0/reply/id").stringValue()).isEqualTo("ask:Why?");
    }

    @Test
    void aFirstMessageGetsTheDiscreetGreetingBeforeTheAnswerAndALaterOneDoesNot() {
        doCallRealMethod().when(conversations).remembers(any());
        doReturn(reply("Start with the smallest trainer.", List.of())).when(conversations).reply(any());
        String number = newNumber();

        assertThat(deliver(notification("text-message.json", 5, number)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> sent().size() == 2 && channel.pendingDeliveries() == 0);
        List<JsonNode> first = sent().stream().map(ChannelsITSupport::json).toList();
        assertThat(textOf(first.get(0))).isNotBlank();
        assertThat(preview(textOf(first.get(0)))).doesNotContainPattern(EXPLICIT);
        assertThat(textOf(first.get(1))).startsWith("Start with the smallest trainer.");

        assertThat(deliver(notification("text-message.json", 5, number)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> sent().size() == 3 && channel.pendingDeliveries() == 0);
        assertThat(textOf(json(sent().get(2)))).startsWith("Start with the smallest trainer.");
        verify(conversations, times(1)).welcome(any(), eq(Channel.WHATSAPP));
    }

    @Test
    void aRedFlagAsTheFirstMessageGetsTheSeekCareReplyFirstWithNoGreetingAhead() {
        doCallRealMethod().when(conversations).remembers(any());
        AtomicReference<BotReply> computed = new AtomicReference<>();
        doAnswer(invocation -> {
            BotReply reply = (BotReply) invocation.callRealMethod();
            computed.set(reply);
            return reply;
        }).when(conversations).reply(any());

        assertThat(deliver(notification("red-flag.json", 5, newNumber())).statusCode()).isEqualTo(200);

        String text = textOf(json(awaitSent(1).get(0)));
        assertThat(computed.get().triage().level()).isGreaterThanOrEqualTo(TriageLevel.SEEK_CARE);
        assertThat(preview(text)).containsPattern(SEEK_CARE_WORDING).doesNotContainPattern(EXPLICIT);
        verify(conversations, never()).welcome(any(), any());
    }
}
