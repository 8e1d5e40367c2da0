package org.safepace.bot.channel.whatsapp;

import java.time.Clock;
import org.safepace.bot.channel.messaging.Backoff;
import org.safepace.bot.channel.messaging.MessagePacing;
import org.safepace.bot.channel.messaging.MessagingProperties;
import org.safepace.bot.channel.messaging.PlatformHttp;
import org.safepace.bot.channel.messaging.RecentIds;
import org.safepace.bot.channel.messaging.RetryingSender;
import org.safepace.bot.channel.messaging.SessionKeys;
import org.safepace.bot.dialogue.ConversationService;
import org.springframework.beans.factory.ObjectProvider;
import org.safepace.bot.system.SafePaceMetrics;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWhatsApp
class WhatsAppConfiguration {

    /** Meta redelivers for days at most; 10,000 message ids cover any backlog we would still answer. */
    static final int RECENT_MESSAGES = 10_000;

    @Bean
    WhatsAppChannel whatsAppChannel(WhatsAppProperties whatsApp, MessagingProperties messaging,
                                    ConversationService conversations, SessionKeys sessionKeys,
                                    MessagePacing pacing, ObjectProvider<Clock> clock, SafePaceMetrics metrics,
                                    ObjectProvider<RestClient.Builder> restClient) {
        MessagingProperties.Sender settings = messaging.sender();
        RetryingSender sender = new RetryingSender("whatsapp", settings,
                new Backoff(settings.baseBackoff(), settings.maxBackoff()));
        metrics.watchSender("whatsapp", sender::pending, sender::deliveredCount, sender::failedCount);
        PlatformHttp api = new PlatformHttp(whatsApp.numberUrl(), settings, WhatsAppChannel::retryAfter,
                restClient.getIfAvailable(RestClient::builder));
        return new WhatsAppChannel(whatsApp, conversations, pacing, sessionKeys, new RecentIds(RECENT_MESSAGES), sender, api,
                clock.getIfUnique(Clock::systemUTC));
    }
}
