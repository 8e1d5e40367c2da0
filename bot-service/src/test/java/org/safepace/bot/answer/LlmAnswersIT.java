package org.safepace.bot.answer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.IncomingMessage;
import org.safepace.bot.retrieval.GuidanceRetriever;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LLM composer against a fake OpenAI-compatible API: a good answer is used with its citations as sources;
 * a 500, a reply slower than the deadline, a malformed body, an answer without citations, and an answer naming a
 * medicine dose all fall back to the extractive answer, and the person never sees an error.
 */
@SpringBootTest(properties = {"safepace.llm.model=test-model", "safepace.llm.timeout=1s"})
class LlmAnswersIT {

    static final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort());
    static final String QUESTION = "How do I use a dilator?";

    static {
        llm.start();
    }

    @DynamicPropertySource
    static void llmProperties(DynamicPropertyRegistry registry) {
        registry.add("safepace.llm.base-url", () -> llm.baseUrl() + "/v1");
        registry.add("safepace.llm.api-key", () -> "test-key");
    }

    @AfterAll
    static void stop() {
        llm.stop();
    }

    @Autowired
    ConversationService conversations;
    @Autowired
    GuidanceRetriever retriever;

    PassageHit top;
    String extractiveText;

    /** The conversation searches as it would for someone not yet recognised as a partner. */
    @BeforeEach
    void setUp() {
        llm.resetAll();
        top = retriever.search(QUESTION, Audience.SELF, 4).hits().get(0);
        extractiveText = new ExtractiveAnswerComposer().compose(
                new AnswerRequest(QUESTION, Audience.BOTH, java.util.List.of(top))).text();
    }

    BotReply ask() {
        return conversations.reply(new IncomingMessage(null, QUESTION, AudienceHint.UNKNOWN, Channel.WEB, null));
    }

    static String completion(String content) {
        return JsonMapper.builder().build().createObjectNode()
                .put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1).put("model", "test-model")
                .set("choices", JsonMapper.builder().build().createArrayNode().add(
                        JsonMapper.builder().build().createObjectNode().put("index", 0).put("finish_reason", "stop")
                                .set("message", JsonMapper.builder().build().createObjectNode()
                                        .put("role", "assistant").put("content", content))))
                .toString();
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

        assertThat(ask().text()).contains(extractiveText);
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
