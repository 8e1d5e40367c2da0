package org.safepace.bot.wording;

/** The LLM's system prompt ({{audience}}) and answer prompt ({{passages}}, {{question}}). */
public record LlmPrompts(PromptTemplate system, PromptTemplate answer) {
}
