package org.safepace.bot.answer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.knowledge.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LLM composer against a fake OpenAI-compatible API: a good answer is used with its citations as sources;
 * a 500, a reply slower than the deadline, a malformed body, an answer without citations, and an answer naming a
 * medicine dose all fall back to the extractive answer, and the person never sees an error.
 */
@SpringBootTest(properties = {"safepace.llm.model=test-model", "safepace.llm.timeout=1s"})
class LlmAnswersIT extends FakeLlmApi {

    static final String QUESTION = "How do I use a dilator?";

    String extractiveText;

    @Override
    String question() {
        return QUESTION;
    }

    @BeforeEach
    void expectTheExtractiveAnswer() {
        extractiveText = new ExtractiveAnswerComposer().compose(
                new AnswerRequest(QUESTION, Audience.BOTH, List.of(top))).text();
    }

    /** A chat-completions body as the OpenAI API documents it, with {@code content} as the answer. */
    static String completion(String content) {
        return JsonMapper.builder().build().writeValueAsString(Map.of(
                "id", "chatcmpl-1", "object", "chat.completion", "created", 1, "model", "test-model",
                "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                        "message", Map.of("role", "assistant", "content", content)))));
    }

    void stubCompletion(String content) {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(completion(content))));
    }

    @Test
    void aGoodAnswerIsUsedAndItsCitationsBecomeTheSources() {
        stubCompletion("Start small, with plenty of lubricant, and breathe slowly as you go. [" + top.passageId() + "]");

        BotReply reply = ask();

        assertThat(reply.text()).contains("Start small, with plenty of lubricant").doesNotContain("[");
        assertThat(reply.sources()).extracting(BotReply.SourceRef::articleId).containsExactly(top.articleId());
        llm.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", containing("test-key"))
                .withRequestBody(containing(top.passageId()))
                .withRequestBody(containing("How do I use a dilator?")));
    }

    @Test
    void aServerErrorFallsBackToTheExtractiveAnswer() {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":{\"message\":\"boom\"}}")));
        double fallbacks = count("safepace.llm.fallbacks", "reason", "error");
        long failedCalls = calls("error");

        assertThat(ask().text()).contains(extractiveText);
        assertThat(count("safepace.llm.fallbacks", "reason", "error")).isEqualTo(fallbacks + 1);
        assertThat(calls("error")).isEqualTo(failedCalls + 1);
    }

    @Test
    void aGoodAnswerIsTimedAsASuccessfulCall() {
        stubCompletion("Breathe out slowly as you begin. [" + top.passageId() + "]");
        long succeeded = calls("success");

        ask();

        assertThat(calls("success")).isEqualTo(succeeded + 1);
    }

    @Autowired
    MeterRegistry meters;

    private double count(String name, String tag, String value) {
        Counter counter = meters.find(name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    private long calls(String outcome) {
        Timer timer = meters.find("safepace.llm.calls").tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void aReplySlowerThanTheDeadlineFallsBackToTheExtractiveAnswer() {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withFixedDelay(3_000)
                .withHeader("Content-Type", "application/json")
                .withBody(completion("Too late. [" + top.passageId() + "]"))));

        BotReply reply = ask();

        assertThat(reply.text()).contains(extractiveText).doesNotContain("Too late");
    }

    @Test
    void aMalformedBodyFallsBackToTheExtractiveAnswer() {
        llm.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"choices\": [ {\"mess")));

        assertThat(ask().text()).contains(extractiveText);
    }

    @Test
    void anAnswerThatCitesNothingItWasGivenFallsBack() {
        stubCompletion("Dilators are great, trust me. [made-up#passage]");

        assertThat(ask().text()).contains(extractiveText).doesNotContain("trust me");
    }

    @Test
    void anAnswerNamingAMedicineDoseIsReplacedByTheOutboundCheck() {
        stubCompletion("Take 10 mg of diazepam an hour before you start. [" + top.passageId() + "]");

        BotReply reply = ask();

        assertThat(reply.text()).contains(extractiveText).doesNotContain("diazepam").doesNotContain("10 mg");
    }

    @Test
    void anAnswerThatPressuresIsReplacedByTheToneCheck() {
        stubCompletion("Just relax and push through it. [" + top.passageId() + "]");

        assertThat(ask().text()).contains(extractiveText).doesNotContainIgnoringCase("just relax");
    }
}
