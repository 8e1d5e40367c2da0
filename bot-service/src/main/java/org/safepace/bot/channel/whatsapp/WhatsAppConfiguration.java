package org.safepace.bot.channel.whatsapp;

import java.time.Clock;
import org.safepace.bot.channel.messaging.InboundPipelines;
import org.safepace.bot.channel.messaging.MessagePacing;
import org.safepace.bot.channel.messaging.MessagingProperties;
import org.safepace.bot.channel.messaging.PlatformHttp;
import org.safepace.bot.channel.messaging.SessionKeys;
import org.safepace.bot.dialogue.ConversationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWhatsApp
class WhatsAppConfiguration {

    @Bean
    WhatsAppChannel whatsAppChannel(WhatsAppProperties whatsApp, MessagingProperties messaging,
                                    ConversationService conversations, SessionKeys sessionKeys,
                                    MessagePacing pacing, InboundPipelines pipelines,
                                    ObjectProvider<Clock> clock) {
        MessagingProperties.Sender settings = messaging.sender();
        PlatformHttp api = new PlatformHttp(whatsApp.numberUrl(), settings, WhatsAppChannel::retryAfter);
        return new WhatsAppChannel(whatsApp, conversations, pacing, sessionKeys,
                pipelines.create("whatsapp", settings, body -> api.postJson("/messages", body,
                        headers -> headers.setBearerAuth(whatsApp.accessToken()))),
                clock.getIfUnique(Clock::systemUTC));
    }
}
