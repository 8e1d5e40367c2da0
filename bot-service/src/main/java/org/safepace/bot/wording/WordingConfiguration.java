package org.safepace.bot.wording;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Loads prompts/ once at start-up; a missing file or a wrong placeholder stops the service with its name. */
@Configuration(proxyBeanMethods = false)
class WordingConfiguration {

    private final PromptFiles files;

    WordingConfiguration(ResourceLoader resources, WordingProperties properties) {
        this.files = new PromptFiles(resources, properties);
    }

    @Bean
    PromptFiles promptFiles() {
        return files;
    }

    @Bean
    ReplyWording replyWording() {
        return ReplyWording.parse(files.read("replies.yml"), files.origin("replies.yml"));
    }

    @Bean
    ToneCheck toneCheck() {
        return ToneCheck.parse(files.read("tone-blocklist.txt"), files.origin("tone-blocklist.txt"));
    }

    @Bean
    LlmPrompts llmPrompts() {
        return new LlmPrompts(
                PromptTemplate.checked(files.origin("system-prompt.txt"), files.read("system-prompt.txt"),
                        Set.of("audience")),
                PromptTemplate.checked(files.origin("answer-prompt.txt"), files.read("answer-prompt.txt"),
                        Set.of("passages", "question")));
    }
}
