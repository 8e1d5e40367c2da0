package org.safepace.bot.answer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.IncomingMessage;
import org.safepace.bot.retrieval.GuidanceRetriever;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A WireMock stand-in for an OpenAI-compatible API, shared by the LLM tests; one server for the test JVM, its stubs
 * reset before each test.
 */
abstract class FakeLlmApi {

    static final WireMockServer llm = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        llm.start();
        Runtime.getRuntime().addShutdownHook(new Thread(llm::stop));
    }

    @DynamicPropertySource
    static void llmProperties(DynamicPropertyRegistry registry) {
        registry.add("safepace.llm.base-url", () -> llm.baseUrl() + "/v1");
        registry.add("safepace.llm.api-key", () -> "test-key");
    }

    @Autowired
    ConversationService conversations;
    @Autowired
    GuidanceRetriever retriever;

    /** The passage the conversation will retrieve first, searching both audiences as it does for someone not yet recognised. */
    PassageHit top;

    abstract String question();

    @BeforeEach
    void resetStubsAndFindTheTopPassage() {
        llm.resetAll();
        top = retriever.search(question(), null, 4).hits().get(0);
    }

    BotReply ask() {
        return conversations.reply(new IncomingMessage(null, question(), AudienceHint.UNKNOWN, Channel.WEB, null));
    }
}
