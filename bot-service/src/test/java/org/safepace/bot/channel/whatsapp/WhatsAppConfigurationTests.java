package org.safepace.bot.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
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

class WhatsAppConfigurationTests {

    private static final String[] ALL = {"safepace.channels.whatsapp.app-secret=app-secret",
            "safepace.channels.whatsapp.verify-token=verify", "safepace.channels.whatsapp.access-token=EAAG123",
            "safepace.channels.whatsapp.phone-number-id=106540352242922"};

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Support.class, WhatsAppConfiguration.class, WhatsAppWebhookController.class);

    @Test
    void withoutSecretsTheChannelDoesNotExist() {
        runner.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(WhatsAppWebhookController.class).doesNotHaveBean(WhatsAppChannel.class));
    }

    @Test
    void withAllFourTheWebhookExistsAndSendsToTheVersionedNumberUrl() {
        runner.withPropertyValues(ALL).run(context -> {
            assertThat(context).hasSingleBean(WhatsAppWebhookController.class);
            assertThat(context.getBean(WhatsAppProperties.class).numberUrl())
                    .hasToString("https://graph.facebook.com/v21.0/106540352242922");
        });
    }

    @Test
    void halfAConfigurationFailsAtStartNamingWhatIsMissing() {
        runner.withPropertyValues(ALL[0], ALL[1]).run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("safepace.channels.whatsapp.access-token")
                .hasMessageContaining("safepace.channels.whatsapp.phone-number-id"));
    }

    @Test
    void aPhoneNumberInsteadOfItsIdFailsAtStart() {
        runner.withPropertyValues(ALL[0], ALL[1], ALL[2], "safepace.channels.whatsapp.phone-number-id=+1 631 555")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("phone-number-id"));
    }

    @Test
    void theSecretsNeverAppearInTheSettingsToString() {
        WhatsAppProperties properties = new WhatsAppProperties("app-secret", "verify", "EAAG123", "1065", null, null);
        assertThat(properties.toString()).doesNotContain("app-secret").doesNotContain("verify\"")
                .doesNotContain("EAAG123").doesNotContain("1065");
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({WhatsAppProperties.class, MessagingProperties.class})
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
        SessionKeys sessionKeys() {
            return new SessionKeys("a-test-secret-of-32-characters!!".getBytes(StandardCharsets.UTF_8));
        }
    }
}
