package org.safepace.bot.answer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * An optional OpenAI-compatible chat endpoint (OpenAI, a hosted gateway, or Ollama's {@code /v1} API).
 * Off unless {@code base-url} is set: without it, answers are composed from the guidance alone.
 *
 * @param baseUrl     an OpenAI-compatible endpoint, e.g. https://api.openai.com/v1 or Ollama's http://localhost:11434/v1;
 *                    unset means no LLM
 * @param apiKey      the endpoint's API key (Ollama needs none)
 * @param model       the model name, e.g. llama3.1 for Ollama
 * @param timeout     our own deadline for the whole call; the client's timeout only covers the wait for headers
 * @param temperature sampling temperature, 0 to 2
 * @param maxTokens   the longest answer the model may write, 16 to 4000 tokens
 * @param streaming   use the streaming chat API (the text is still checked whole before it is shown)
 */
@Validated
@ConfigurationProperties("safepace.llm")
public record LlmProperties(
        String baseUrl,
        String apiKey,
        @DefaultValue("gpt-4o-mini") String model,
        @DefaultValue("10s") @DurationMin(nanos = 1, message = "safepace.llm.timeout must be positive") Duration timeout,
        @DefaultValue("0.2") @DecimalMin(value = "0", message = "safepace.llm.temperature must be between 0 and 2")
        @DecimalMax(value = "2", message = "safepace.llm.temperature must be between 0 and 2") double temperature,
        @DefaultValue("400") @Min(value = 16, message = "safepace.llm.max-tokens must be between 16 and 4000")
        @Max(value = 4000, message = "safepace.llm.max-tokens must be between 16 and 4000") int maxTokens,
        @DefaultValue("false") boolean streaming) {

    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }
}
