package org.safepace.bot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.safepace.bot.channel.messaging.InboundPipelines;
import org.safepace.bot.channel.messaging.MessagePacing;
import org.safepace.bot.channel.messaging.MessagingProperties;
import org.safepace.bot.channel.messaging.SessionKeys;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.system.RateLimiter;
import org.safepace.bot.system.SafePaceMetrics;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class TelegramConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Support.class, TelegramConfiguration.class, TelegramWebhookController.class);

    @Test
    void withoutSecretsTheChannelDoesNotExist() {
        runner.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(TelegramWebhookController.class).doesNotHaveBean(TelegramChannel.class));
    }

    @Test
    void blankSecretsCountAsUnset() {
        runner.withPropertyValues("safepace.channels.telegram.bot-token=", "safepace.channels.telegram.secret-token= ")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(TelegramWebhookController.class));
    }

    @Test
    void withBothSecretsTheWebhookExists() {
        runner.withPropertyValues("safepace.channels.telegram.bot-token=123:abc",
                        "safepace.channels.telegram.secret-token=s3cret")
                .run(context -> assertThat(context).hasSingleBean(TelegramWebhookController.class));
    }

    @Test
    void halfAConfigurationFailsAtStartNamingWhatIsMissing() {
        runner.withPropertyValues("safepace.channels.telegram.bot-token=123:abc")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("safepace.channels.telegram.secret-token"));
    }

    @Test
    void aSecretTelegramWouldRefuseFailsAtStart() {
        runner.withPropertyValues("safepace.channels.telegram.bot-token=123:abc",
                        "safepace.channels.telegram.secret-token=has spaces")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("secret-token must be 1-256 characters"));
    }

    @Test
    void theSecretsNeverAppearInTheSettingsToString() {
        runner.withPropertyValues("safepace.channels.telegram.bot-token=123:abcdef",
                        "safepace.channels.telegram.secret-token=s3cret")
                .run(context -> {
                    TelegramProperties properties = context.getBean(TelegramProperties.class);
                    assertThat(properties.toString()).doesNotContain("abcdef").doesNotContain("s3cret");
                    assertThat(properties.apiBaseUrl()).hasToString("https://api.telegram.org");
                });
    }

    @Test
    void aRefusedSecretIsNeverRepeatedInTheStartUpError() {
        runner.withPropertyValues("safepace.channels.telegram.bot-token=Zanzibar-not-a-token",
                        "safepace.channels.telegram.secret-token=Quokka has spaces")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("bot-token does not look like a BotFather token")
                            .hasMessageContaining("secret-token must be 1-256 characters");
                    for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).as("the start-up failure")
                                .doesNotContain("Zanzibar").doesNotContain("Quokka");
                    }
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({TelegramProperties.class, MessagingProperties.class})
    static class Support {
        @Bean
        ConversationService conversationService() {
            return Mockito.mock(ConversationService.class);
        }

        @Bean
        SafePaceMetrics safePaceMetrics() {
            return SafePaceMetrics.inMemory();
        }

        @Bean
        MessagePacing messagePacing() {
            return new MessagePacing(Mockito.mock(RateLimiter.class));
        }

        @Bean
        InboundPipelines inboundPipelines() {
            return InboundPipelines.inMemory();
        }

        @Bean
        SessionKeys sessionKeys() {
            return new SessionKeys("a-test-secret-of-32-characters!!".getBytes(StandardCharsets.UTF_8));
        }
    }
}
