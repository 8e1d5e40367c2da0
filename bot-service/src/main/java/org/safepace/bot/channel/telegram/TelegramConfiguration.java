package org.safepace.bot.channel.telegram;

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
@ConditionalOnTelegram
class TelegramConfiguration {

    @Bean
    TelegramChannel telegramChannel(TelegramProperties telegram, MessagingProperties messaging,
                                    ConversationService conversations, SessionKeys sessionKeys,
                                    MessagePacing pacing, InboundPipelines pipelines, SafePaceMetrics metrics,
                                    ObjectProvider<RestClient.Builder> restClient,
                                    ObjectProvider<CallbackService> callbacks) {
        MessagingProperties.Sender settings = messaging.sender();
        PlatformHttp api = TelegramChannel.api(telegram, settings, restClient.getIfAvailable(RestClient::builder));
        Transport transport = body -> api.postJson(TelegramMessages.methodOf(body), body, headers -> { });
        InboundPipeline pipeline = pipelines.create("telegram", settings, transport);
        metrics.watchSender("telegram", pipeline::pending, pipeline::deliveredCount, pipeline::failedCount);
        return new TelegramChannel(telegram, conversations, pacing, sessionKeys, pipeline,
                Optional.ofNullable(callbacks.getIfAvailable()), transport);
    }
}
