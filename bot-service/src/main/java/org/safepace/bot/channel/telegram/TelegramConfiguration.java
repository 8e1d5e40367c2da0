package org.safepace.bot.channel.telegram;

import org.safepace.bot.channel.messaging.Backoff;
import org.safepace.bot.channel.messaging.MessagePacing;
import org.safepace.bot.channel.messaging.MessagingProperties;
import org.safepace.bot.channel.messaging.RecentIds;
import org.safepace.bot.channel.messaging.RetryingSender;
import org.safepace.bot.channel.messaging.SessionKeys;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.system.SafePaceMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegram
class TelegramConfiguration {

    /** Telegram redelivers for up to about a day; 10,000 update ids cover far more than any backlog we answer. */
    static final int RECENT_UPDATES = 10_000;

    @Bean
    TelegramChannel telegramChannel(TelegramProperties telegram, MessagingProperties messaging,
                                    ConversationService conversations, SessionKeys sessionKeys,
                                    MessagePacing pacing, SafePaceMetrics metrics,
                                    ObjectProvider<RestClient.Builder> restClient) {
        MessagingProperties.Sender settings = messaging.sender();
        RetryingSender sender = new RetryingSender("telegram", settings,
                new Backoff(settings.baseBackoff(), settings.maxBackoff()));
        metrics.watchSender("telegram", sender::pending, sender::deliveredCount, sender::failedCount);
        return new TelegramChannel(telegram, conversations, pacing, sessionKeys, new RecentIds(RECENT_UPDATES), sender,
                TelegramChannel.api(telegram, settings, restClient.getIfAvailable(RestClient::builder)));
    }
}
