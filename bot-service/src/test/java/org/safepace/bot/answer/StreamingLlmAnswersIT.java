package org.safepace.bot.answer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepace.bot.dialogue.BotReply;
import org.springframework.boot.test.context.SpringBootTest;

/** The streaming chat API: tokens are gathered, checked whole, and a stalled stream hits our own deadline. */
@SpringBootTest(properties = {"safepace.llm.streaming=true", "safepace.llm.timeout=1s"})
class StreamingLlmAnswersIT extends FakeLlmApi {

    @Override
    String question() {
        return "what positions ease tension?";
    }

    static String chunk(String content, String finish) {
        String delta = content == null ? "{}" : "{\"content\":\"" + content + "\"}";
        return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
                + "[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + (finish == null ? "null" : "\"" + finish + "\"")
                + "}]}\n\n";
    }

    @Test
    void aStreamedAnswerIsGatheredAndUsedWithItsCitation() {
        String body = String.join("", List.of(chunk("Lying on your side ", null), chunk("often feels easier. ", null),
                chunk("[" + top.passageId() + "]", null), chunk(null, "stop"), "data: [DONE]\n\n"));
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "text/event-stream").withBody(body)));

        BotReply reply = ask();

        assertThat(reply.text()).contains("Lying on your side often feels easier.");
        assertThat(reply.sources()).extracting(BotReply.SourceRef::articleId).containsExactly(top.articleId());
    }

    @Test
    void aStreamThatStallsPastTheDeadlineFallsBack() {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "text/event-stream")
                .withChunkedDribbleDelay(4, 4_000)
                .withBody(chunk("Never arrives in time ", null) + chunk(null, "stop") + "data: [DONE]\n\n")));

        BotReply reply = ask();

        assertThat(reply.text()).doesNotContain("Never arrives");
        assertThat(reply.sources()).isNotEmpty();
    }
}
