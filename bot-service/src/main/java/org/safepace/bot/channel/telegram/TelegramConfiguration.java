package org.safepace.bot.channel.telegram;

import org.safepace.bot.channel.messaging.InboundPipelines;
import org.safepace.bot.channel.messaging.MessagePacing;
import org.safepace.bot.channel.messaging.MessagingProperties;
import org.safepace.bot.channel.messaging.PlatformHttp;
import org.safepace.bot.channel.messaging.SessionKeys;
import org.safepace.bot.dialogue.ConversationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegram
class TelegramConfiguration {

    @Bean
    TelegramChannel telegramChannel(TelegramProperties telegram, MessagingProperties messaging,
                                    ConversationService conversations, SessionKeys sessionKeys,
                                    MessagePacing pacing, InboundPipelines pipelines) {
        MessagingProperties.Sender settings = messaging.sender();
        PlatformHttp api = TelegramChannel.api(telegram, settings);
        return new TelegramChannel(telegram, conversations, pacing, sessionKeys,
                pipelines.create("telegram", settings, body -> api.postJson("/sendMessage", body, headers -> { })));
    }
}
