package org.safepace.bot.wording;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Loads prompts/ once at start-up; a missing file or a wrong placeholder stops the service with its name. */
@Configuration(proxyBeanMethods = false)
class WordingConfiguration {

    private final ResourceLoader resources;
    private final WordingProperties properties;

    WordingConfiguration(ResourceLoader resources, WordingProperties properties) {
        this.resources = resources;
        this.properties = properties;
    }

    @Bean
    ReplyWording replyWording() {
        return ReplyWording.parse(read("replies.yml"), origin("replies.yml"));
    }

    @Bean
    ToneCheck toneCheck() {
        return ToneCheck.parse(read("tone-blocklist.txt"), origin("tone-blocklist.txt"));
    }

    @Bean
    LlmPrompts llmPrompts() {
        return new LlmPrompts(
                PromptTemplate.checked(origin("system-prompt.txt"), read("system-prompt.txt"), Set.of("audience")),
                PromptTemplate.checked(origin("answer-prompt.txt"), read("answer-prompt.txt"),
                        Set.of("passages", "question")));
    }

    private String origin(String file) {
        return properties.location() + file;
    }

    private String read(String file) {
        String location = properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
        Resource resource = resources.getResource(location + file);
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read prompt file " + location + file, e);
        }
    }
}
