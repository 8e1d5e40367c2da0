package org.safepace.bot.channel.whatsapp;

import java.time.Clock;
import java.util.Optional;
import org.safepace.bot.callback.CallbackService;
import org.safepace.bot.channel.messaging.InboundPipeline;
import org.safepace.bot.channel.messaging.InboundPipelines;
import org.safepace.bot.channel.messaging.MessagePacing;
import org.safepace.bot.channel.messaging.MessagingProperties;
import org.safepace.bot.channel.messaging.PlatformHttp;
import org.safepace.bot.channel.messaging.SessionKeys;
import org.safepace.bot.channel.messaging.Transport;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.system.SafePaceMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWhatsApp
class WhatsAppConfiguration {

    @Bean
    WhatsAppChannel whatsAppChannel(WhatsAppProperties whatsApp, MessagingProperties messaging,
                                    ConversationService conversations, SessionKeys sessionKeys,
                                    MessagePacing pacing, InboundPipelines pipelines, ObjectProvider<Clock> clock,
                                    SafePaceMetrics metrics, ObjectProvider<RestClient.Builder> restClient,
                                    ObjectProvider<CallbackService> callbacks) {
        MessagingProperties.Sender settings = messaging.sender();
        PlatformHttp api = new PlatformHttp(whatsApp.numberUrl(), settings, WhatsAppChannel::retryAfter,
                restClient.getIfAvailable(RestClient::builder));
        Transport transport = body -> api.postJson("/messages", body,
                headers -> headers.setBearerAuth(whatsApp.accessToken()));
        InboundPipeline pipeline = pipelines.create("whatsapp", settings, transport);
        metrics.watchSender("whatsapp", pipeline::pending, pipeline::deliveredCount, pipeline::failedCount);
        return new WhatsAppChannel(whatsApp, conversations, pacing, sessionKeys, pipeline,
                clock.getIfUnique(Clock::systemUTC), Optional.ofNullable(callbacks.getIfAvailable()), transport);
    }
}
