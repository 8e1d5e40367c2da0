package org.safepace.bot.answer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Starts one LLM call and completes with its whole text; the caller bounds it with its own deadline. */
interface LlmCall {

    CompletableFuture<String> start(List<ChatMessage> messages);

    /** A blocking chat model, run on a bounded executor so the caller can stop waiting. */
    static LlmCall blocking(ChatModel model, Executor executor) {
        return messages -> CompletableFuture.supplyAsync(() -> model.chat(messages).aiMessage().text(), executor);
    }

    /**
     * A streaming chat model whose tokens are gathered into the whole text: every reply is checked in full before
     * any of it reaches the person, so tokens are not forwarded as they arrive.
     */
    static LlmCall streaming(StreamingChatModel model) {
        return messages -> {
            CompletableFuture<String> result = new CompletableFuture<>();
            StringBuilder text = new StringBuilder();
            model.chat(messages, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    synchronized (text) {
                        text.append(partial);
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    String whole = response.aiMessage() != null && response.aiMessage().text() != null
                            ? response.aiMessage().text() : text.toString();
                    result.complete(whole);
                }

                @Override
                public void onError(Throwable error) {
                    result.completeExceptionally(error);
                }
            });
            return result;
        };
    }
}
