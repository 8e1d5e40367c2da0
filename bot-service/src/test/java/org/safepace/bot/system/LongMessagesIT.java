package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safepace.bot.channel.messaging.ChannelsITSupport;
import tools.jackson.databind.JsonNode;

/**
 * Issue 13: a message of any script, up to its 2,000 characters, is answered on every channel. Each ideograph, kana
 * or emoji is its own search token, so 2,000 of them once made the lexical query throw TooManyClauses (a 500 on the
 * API, and a Telegram update that failed again on every redelivery).
 */
class LongMessagesIT extends ChannelsITSupport {

    /** 2,000 characters each (code units: an emoji is two, so 1,000 of them fill a message). */
    static Iterable<String> longMessages() {
        StringBuilder ideographs = new StringBuilder();
        StringBuilder kana = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            ideographs.append((char) (0x4E00 + i * 7 % 0x5000));
            kana.append((char) (0x3041 + i % 86));
        }
        return java.util.List.of(ideographs.toString(), kana.toString(), "\uD83D\uDE22\uD83C\uDF38".repeat(500));
    }

    private static String chatBody(String message) {
        return JSON.writeValueAsString(Map.of("message", message));
    }

    @ParameterizedTest
    @MethodSource("longMessages")
    void theChatApiAnswersIt(String message) {
        assertThat(message).hasSize(2_000);
        HttpResponse<String> response = postWebhook("/api/v1/chat",
                chatBody(message).getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("reply").asString()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("longMessages")
    void theStreamAnswersItWithAFinalEvent(String message) {
        HttpResponse<String> response = postWebhook("/api/v1/chat/stream",
                chatBody(message).getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String body = response.body();
        int fin = body.indexOf("event:final");
        assertThat(fin).as("a final event in " + body).isNotNegative();
        String data = body.substring(fin).lines().filter(l -> l.startsWith("data:")).findFirst().orElseThrow();
        assertThat(JSON.readTree(data.substring(5)).get("reply").asString()).isNotBlank();
        assertThat(body).doesNotContain("event:error");
    }

    @ParameterizedTest
    @MethodSource("longMessages")
    void telegramDeliversAReply(String message) {
        int before = sentTo(TELEGRAM_SEND_PATH).size();
        byte[] update = fixture("telegram/text-message.json", Map.of("815000001", Long.toString(nextId()),
                "\"How do I start with dilators?\"", JSON.writeValueAsString(message)))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = postWebhook("/channels/telegram/webhook", update,
                Map.of("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(TELEGRAM_SEND_PATH).size() > before);
        JsonNode sent = json(sentTo(TELEGRAM_SEND_PATH).get(before));
        assertThat(sent.path("text").asString()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("longMessages")
    void whatsAppDeliversAReply(String message) throws Exception {
        int before = sentTo(WHATSAPP_SEND_PATH).size();
        String from = "4477" + nextId();
        byte[] body = fixture("whatsapp/text-message.json", Map.of(
                "MDAwMQA=", nextId() + "A=",
                "\"1741608000\"", "\"" + Instant.now().getEpochSecond() + "\"",
                "16505551234", from,
                "\"How do I start with dilators?\"", JSON.writeValueAsString(message)))
                .getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WHATSAPP_APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        HttpResponse<String> response = postWebhook("/channels/whatsapp/webhook", body,
                Map.of("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(WHATSAPP_SEND_PATH).stream()
                .skip(before).anyMatch(r -> r.getBodyAsString().contains(from)));
        assertThat(sentTo(WHATSAPP_SEND_PATH).stream().skip(before)
                .filter(r -> r.getBodyAsString().contains(from)).findFirst().orElseThrow().getBodyAsString())
                .contains("\"body\"");
    }
}
