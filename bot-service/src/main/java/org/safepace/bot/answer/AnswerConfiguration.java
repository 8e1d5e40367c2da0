package org.safepace.bot.answer;

import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.safepace.bot.safety.OutboundCheck;
import org.safepace.bot.system.SafePaceMetrics;
import org.safepace.bot.wording.LlmPrompts;
import org.safepace.bot.wording.ToneCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Extractive answers by default; an LLM in front of them when {@code safepace.llm.base-url} is set. */
@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

    @Bean
    AnswerComposer answerComposer(LlmProperties llm, LlmPrompts prompts, OutboundCheck outboundCheck,
                                  ToneCheck toneCheck, SafePaceMetrics metrics) {
        AnswerComposer extractive = new ExtractiveAnswerComposer();
        if (!llm.enabled()) {
            return extractive;
        }
        String apiKey = llm.apiKey() == null || llm.apiKey().isBlank() ? "none" : llm.apiKey();
        List<ChatModelListener> listeners = List.of(new LlmCallMetrics(metrics));
        LlmCall call = llm.streaming()
                ? LlmCall.streaming(OpenAiStreamingChatModel.builder()
                        .baseUrl(llm.baseUrl()).apiKey(apiKey).modelName(llm.model())
                        .temperature(llm.temperature()).maxTokens(llm.maxTokens()).timeout(llm.timeout())
                        .listeners(listeners)
                        .build())
                : LlmCall.blocking(OpenAiChatModel.builder()
                        .baseUrl(llm.baseUrl()).apiKey(apiKey).modelName(llm.model())
                        .temperature(llm.temperature()).maxTokens(llm.maxTokens()).timeout(llm.timeout())
                        // Our deadline bounds the whole call; a retry would only make the person wait longer.
                        .maxRetries(0)
                        .listeners(listeners)
                        .build(), llmExecutor());
        return new LlmAnswerComposer(call, prompts, extractive, outboundCheck, toneCheck, llm.timeout(), metrics);
    }

    /** A small, bounded pool: when it is full, the caller's thread makes the call rather than queueing forever. */
    private static ExecutorService llmExecutor() {
        return new ThreadPoolExecutor(4, 16, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(64),
                runnable -> {
                    Thread thread = new Thread(runnable, "llm-call");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
