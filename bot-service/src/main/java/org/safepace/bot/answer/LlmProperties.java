package org.safepace.bot.answer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * An optional OpenAI-compatible chat endpoint (OpenAI, a hosted gateway, or Ollama's {@code /v1} API).
 * Off unless {@code base-url} is set: without it, answers are composed from the guidance alone.
 *
 * @param timeout   our own deadline for the whole call; the client's timeout only covers the wait for headers
 * @param streaming use the streaming chat API (the text is still checked whole before it is shown)
 */
@ConfigurationProperties("safepace.llm")
public record LlmProperties(String baseUrl, String apiKey, @DefaultValue("gpt-4o-mini") String model,
                            @DefaultValue("10s") Duration timeout, @DefaultValue("0.2") double temperature,
                            @DefaultValue("400") int maxTokens, @DefaultValue("false") boolean streaming) {

    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    public LlmProperties {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("safepace.llm.timeout must be positive, not " + timeout);
        }
        if (temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("safepace.llm.temperature must be between 0 and 2, not " + temperature);
        }
        if (maxTokens < 16 || maxTokens > 4000) {
            throw new IllegalArgumentException("safepace.llm.max-tokens must be between 16 and 4000, not " + maxTokens);
        }
    }
}
