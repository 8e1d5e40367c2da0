package org.safepace.bot.channel.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.safepace.bot.channel.messaging.ChannelsITSupport;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.IncomingMessage;
import org.safepace.bot.dialogue.Intent;
import org.safepace.bot.safety.SafetyDecision;
import org.safepace.bot.safety.TriageLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class TelegramWebhookIT extends ChannelsITSupport {

    private static final String WEBHOOK = "/channels/telegram/webhook";
    private static final String CHAT_ID = "111111111";

    @Autowired
    private TelegramChannel channel;

    @AfterEach
    void drain() {
        await().atMost(Duration.ofSeconds(15)).until(() -> channel.pendingDeliveries() == 0);
    }

    private static byte[] update(String fixture, long updateId) {
        String original = switch (fixture) {
            case "text-message.json" -> "815000001";
            case "start-command.json" -> "815000002";
            case "forget-command.json" -> "815000003";
            case "red-flag.json" -> "815000004";
            case "group-message.json" -> "815000005";
            case "sticker-message.json" -> "815000006";
            default -> throw new IllegalArgumentException(fixture);
        };
        return fixture("telegram/" + fixture, Map.of(original, Long.toString(updateId)))
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> deliver(byte[] update) {
        return postWebhook(WEBHOOK, update, Map.of(TelegramWebhookController.SECRET_HEADER, TELEGRAM_SECRET));
    }

    private static List<LoggedRequest> sent() {
        return sentTo(TELEGRAM_SEND_PATH);
    }

    private static List<LoggedRequest> awaitSent(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> sent().size() >= count);
        return sent();
    }

    @Test
    void aTextMessageIsAnsweredWithPlainTextSourcesAndAReplyKeyboard() {
        doReturn(reply("**Go slowly.** Start with the smallest trainer.\n- breathe out\n- stop at 2/10",
                List.of("Why does it hurt?", "What can my partner do?")))
                .when(conversations).reply(any());

        assertThat(deliver(update("text-message.json", nextId())).statusCode()).isEqualTo(200);

        JsonNode body = json(awaitSent(1).get(0));
        assertThat(body.path("chat_id").asLong()).isEqualTo(111111111L);
        assertThat(body.path("text").stringValue()).isEqualTo(
                "Go slowly. Start with the smallest trainer.\n• breathe out\n• stop at 2/10"
                        + "\n\nSources: Starting with trainers");
        assertThat(body.has("parse_mode")).isFalse();
        assertThat(body.at("/reply_markup/keyboard/0/0/text").stringValue()).isEqualTo("Why does it hurt?");
        assertThat(body.at("/reply_markup/keyboard/1/0/text").stringValue()).isEqualTo("What can my partner do?");
        assertThat(body.at("/reply_markup/one_time_keyboard").asBoolean()).isTrue();
        assertThat(body.at("/reply_markup/resize_keyboard").asBoolean()).isTrue();

        ArgumentCaptor<IncomingMessage> asked = ArgumentCaptor.forClass(IncomingMessage.class);
        verify(conversations).reply(asked.capture());
        assertThat(asked.getValue().text()).isEqualTo("How do I start with dilators?");
        assertThat(asked.getValue().channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(asked.getValue().locale()).isEqualTo("en");
        assertThat(asked.getValue().sessionId()).startsWith("tg-").doesNotContain(CHAT_ID);
    }

    @Test
    void startAnswersWithTheWelcomeAndForgetDeletesTheSameSession() {
        doReturn(new BotReply("s", "Hi, I'm SafePace.\n\nAsk me anything.", SafetyDecision.NONE, AudienceHint.UNKNOWN,
                List.of(), List.of(), Intent.GREETING)).when(conversations).welcome(any(), any());

        assertThat(deliver(update("start-command.json", nextId())).statusCode()).isEqualTo(200);
        assertThat(json(awaitSent(1).get(0)).path("text").stringValue()).isEqualTo("Hi, I'm SafePace.\n\nAsk me anything.");

        assertThat(deliver(update("forget-command.json", nextId())).statusCode()).isEqualTo(200);
        assertThat(json(awaitSent(2).get(1)).path("text").stringValue()).isEqualTo(TelegramChannel.FORGOTTEN);

        ArgumentCaptor<String> welcomed = ArgumentCaptor.forClass(String.class);
        verify(conversations).welcome(welcomed.capture(), eq(Channel.TELEGRAM));
        verify(conversations).forget(welcomed.getValue());
        verify(conversations, never()).reply(any());
    }

    @Test
    void theRealWelcomeOpensWithALineDiscreetEnoughForALockScreen() {
        assertThat(deliver(update("start-command.json", nextId())).statusCode()).isEqualTo(200);
        String text = json(awaitSent(1).get(0)).path("text").stringValue();
        assertThat(text).isNotBlank();
        assertThat(preview(text)).doesNotContainPattern(EXPLICIT);
    }

    @Test
    void aForgedOrMissingSecretIsRefusedAndNothingIsSent() {
        byte[] update = update("text-message.json", nextId());
        assertThat(postWebhook(WEBHOOK, update, Map.of(TelegramWebhookController.SECRET_HEADER, "forged")).statusCode())
                .isEqualTo(401);
        assertThat(postWebhook(WEBHOOK, update, Map.of()).statusCode()).isEqualTo(401);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().isEmpty());
        verify(conversations, never()).reply(any());
    }

    @Test
    void theSameUpdateDeliveredTwiceIsAnsweredOnce() {
        byte[] update = update("text-message.json", nextId());
        assertThat(deliver(update).statusCode()).isEqualTo(200);
        assertThat(deliver(update).statusCode()).isEqualTo(200);
        awaitSent(1);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().size() == 1);
        verify(conversations, times(1)).reply(any());
    }

    @Test
    void a429IsRetriedAfterTheRetryAfterTelegramAsksFor() {
        PLATFORM.stubFor(post(urlPathEqualTo(TELEGRAM_SEND_PATH)).inScenario("flood").whenScenarioStateIs(STARTED)
                .willReturn(status(429, "{\"ok\":false,\"error_code\":429,"
                        + "\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}"))
                .willSetStateTo("calm"));
        PLATFORM.stubFor(post(urlPathEqualTo(TELEGRAM_SEND_PATH)).inScenario("flood").whenScenarioStateIs("calm")
                .willReturn(okJson("{\"ok\":true,\"result\":{}}")));

        assertThat(deliver(update("text-message.json", nextId())).statusCode()).isEqualTo(200);

        List<LoggedRequest> attempts = awaitSent(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> channel.pendingDeliveries() == 0);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).getBodyAsString()).isEqualTo(attempts.get(1).getBodyAsString());
        // The base backoff is 20 ms: a gap of about a second can only come from retry_after.
        long gap = attempts.get(1).getLoggedDate().getTime() - attempts.get(0).getLoggedDate().getTime();
        assertThat(gap).isGreaterThanOrEqualTo(950);
    }

    @Test
    void repeated500sEndInABoundedGiveUpThatLogsNoTextAndNoChatId(CapturedOutput output) {
        PLATFORM.stubFor(post(urlPathEqualTo(TELEGRAM_SEND_PATH)).willReturn(serverError()));
        doReturn(reply("A private answer about trainers.", List.of())).when(conversations).reply(any());

        assertThat(deliver(update("text-message.json", nextId())).statusCode()).isEqualTo(200);

        awaitSent(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> channel.pendingDeliveries() == 0);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().size() == 3);
        assertThat(output).contains("telegram: gave up on delivery").contains("after 3 attempts; last status 500");
        assertThat(output.getAll()).doesNotContain(CHAT_ID).doesNotContain("private answer")
                .doesNotContain("How do I start").doesNotContain(TELEGRAM_BOT_TOKEN).doesNotContain(TELEGRAM_SECRET);
    }

    @Test
    void aLongReplyIsSplitOnParagraphsAndSentInOrder() {
        String paragraph = "Take your time with each step; comfort matters more than progress. ".repeat(15);
        String longReply = String.join("\n\n", java.util.Collections.nCopies(6, paragraph.strip()))
                + "\n\nThe last paragraph.";
        assertThat(longReply.length()).isGreaterThan(6000);
        doReturn(reply(longReply, List.of("Why?"))).when(conversations).reply(any());

        assertThat(deliver(update("text-message.json", nextId())).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> channel.pendingDeliveries() == 0);
        List<JsonNode> parts = sent().stream().map(ChannelsITSupport::json).toList();
        assertThat(parts).hasSize(2);
        assertThat(parts).allSatisfy(p -> assertThat(p.path("text").stringValue().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).path("text").stringValue()).startsWith("Take your time").endsWith("progress.");
        assertThat(parts.get(1).path("text").stringValue()).endsWith("Sources: Starting with trainers");
        assertThat(parts.get(0).has("reply_markup")).isFalse();
        assertThat(parts.get(1).at("/reply_markup/keyboard/0/0/text").stringValue()).isEqualTo("Why?");
    }

    @Test
    void whenTheSendQueueIsFullTheWebhookAnswers503AndTheRedeliveryIsAnswered() {
        // The first send holds the queue for 6 s (long enough for a loaded machine to deliver all five updates);
        // the rest go out at once, so the test does not wait 6 s per reply.
        PLATFORM.stubFor(post(urlPathEqualTo(TELEGRAM_SEND_PATH)).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"ok\":true,\"result\":{}}").withFixedDelay(6000)).willSetStateTo("fast"));
        PLATFORM.stubFor(post(urlPathEqualTo(TELEGRAM_SEND_PATH)).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson("{\"ok\":true,\"result\":{}}")));
        for (int i = 0; i < 4; i++) { // queue-capacity is 4 in the tests
            assertThat(deliver(update("text-message.json", nextId())).statusCode()).isEqualTo(200);
        }
        byte[] fifth = update("text-message.json", nextId());
        assertThat(deliver(fifth).statusCode()).isEqualTo(503);
        verify(conversations, times(4)).reply(any()); // refused before its reply was computed: no turn recorded

        await().atMost(Duration.ofSeconds(20)).until(() -> channel.pendingDeliveries() == 0);
        assertThat(deliver(fifth).statusCode()).isEqualTo(200);
        awaitSent(5);
        verify(conversations, times(5)).reply(any());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        byte[] huge = new byte[70 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(deliver(huge).statusCode()).isEqualTo(413);
        verify(conversations, never()).reply(any());
    }

    @Test
    void groupChatsAreIgnoredAndNonTextMessagesGetAShortNote() {
        assertThat(deliver(update("group-message.json", nextId())).statusCode()).isEqualTo(200);
        assertThat(deliver(update("sticker-message.json", nextId())).statusCode()).isEqualTo(200);
        assertThat(json(awaitSent(1).get(0)).path("text").stringValue()).isEqualTo(TelegramChannel.TEXT_ONLY);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().size() == 1);
        verify(conversations, never()).reply(any());
    }

    @Test
    void aMessageOfOnlyInvisibleCharactersIsNotAnsweredFromTheGuidance() {
        long id = nextId();
        byte[] invisible = fixture("telegram/text-message.json", Map.of("815000001", Long.toString(id),
                "How do I start with dilators?", "\\u200b \\u00ad\\u200d")).getBytes(StandardCharsets.UTF_8);
        assertThat(deliver(invisible).statusCode()).isEqualTo(200);
        assertThat(json(awaitSent(1).get(0)).path("text").stringValue()).isEqualTo(TelegramChannel.TEXT_ONLY);
        verify(conversations, never()).reply(any());
    }

    @Test
    void aRedFlagMessageGetsTheSeekCareReplyFirst() {
        AtomicReference<BotReply> computed = new AtomicReference<>();
        doAnswer(invocation -> {
            BotReply reply = (BotReply) invocation.callRealMethod();
            computed.set(reply);
            return reply;
        }).when(conversations).reply(any());

        assertThat(deliver(update("red-flag.json", nextId())).statusCode()).isEqualTo(200);

        String text = json(awaitSent(1).get(0)).path("text").stringValue();
        assertThat(computed.get().triage().level()).isGreaterThanOrEqualTo(TriageLevel.SEEK_CARE);
        assertThat(preview(text)).containsPattern(SEEK_CARE_WORDING)
                .doesNotContainPattern(EXPLICIT);
    }

    @Test
    void overThePaceAMessageGetsOneSlowDownNoteThenSilenceButARedFlagIsAlwaysAnswered() {
        doReturn(reply("Start with the smallest trainer.", List.of())).when(conversations).reply(any());
        String user = Long.toString(nextId()); // a fresh user, so a fresh session bucket (20 messages, then 10 a minute)
        for (int i = 0; i < 20; i++) {
            assertThat(deliverFrom(user, "text-message.json").statusCode()).isEqualTo(200);
        }
        awaitSent(20);
        verify(conversations, times(20)).reply(any());

        assertThat(deliverFrom(user, "text-message.json").statusCode()).isEqualTo(200);
        assertThat(json(awaitSent(21).get(20)).path("text").stringValue())
                .startsWith("Your messages are arriving faster than I can answer them well.");
        assertThat(deliverFrom(user, "text-message.json").statusCode()).isEqualTo(200);
        assertThat(deliverFrom(user, "red-flag.json").statusCode()).isEqualTo(200);

        List<LoggedRequest> sent = awaitSent(22);
        assertThat(preview(json(sent.get(21)).path("text").stringValue())).containsPattern(SEEK_CARE_WORDING);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> sent().size() == 22);
        verify(conversations, times(20)).reply(any());
    }

    private HttpResponse<String> deliverFrom(String user, String fixture) {
        String original = fixture.equals("red-flag.json") ? "815000004" : "815000001";
        HttpResponse<String> response = deliver(fixture("telegram/" + fixture,
                Map.of(original, Long.toString(nextId()), CHAT_ID, user)).getBytes(StandardCharsets.UTF_8));
        // One at a time, so the sender's small test queue (4) never answers 503 here.
        await().atMost(Duration.ofSeconds(10)).until(() -> channel.pendingDeliveries() == 0);
        return response;
    }
}
