package org.safepace.bot.answer;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import org.safepace.bot.system.SafePaceMetrics;

/**
 * Times every call to the LLM by outcome. LangChain4j calls the endpoint with its own HTTP client, not a Spring
 * {@code RestClient}, so Boot's {@code http.client.requests} cannot see it; this listener can.
 */
final class LlmCallMetrics implements ChatModelListener {

    private static final String STARTED = LlmCallMetrics.class.getName() + ".started";

    private final SafePaceMetrics metrics;

    LlmCallMetrics(SafePaceMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void onRequest(ChatModelRequestContext context) {
        context.attributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        record(context.attributes().get(STARTED), "success");
    }

    @Override
    public void onError(ChatModelErrorContext context) {
        record(context.attributes().get(STARTED), "error");
    }

    private void record(Object started, String outcome) {
        if (started instanceof Long start) {
            metrics.llmCall(outcome, System.nanoTime() - start);
        }
    }
}
