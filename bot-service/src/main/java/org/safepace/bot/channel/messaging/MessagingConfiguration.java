package org.safepace.bot.channel.messaging;

import java.security.SecureRandom;
import java.util.Base64;
import org.safepace.bot.state.RedisLeases;
import org.safepace.bot.state.RedisState;
import org.safepace.bot.state.StateProperties;
import org.safepace.bot.system.BodyLimit;
import org.safepace.bot.system.RateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    /** The webhooks' bodies are read as they arrive, within this limit and the same deadline as the API's. */
    @Bean
    BodyLimit webhookBodyLimit(MessagingProperties properties) {
        return new BodyLimit("/channels/", properties.maxBodySize());
    }

    @Bean
    MessagePacing messagePacing(RateLimiter rateLimiter) {
        return new MessagePacing(rateLimiter);
    }

    @Bean
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "memory", matchIfMissing = true)
    InboundPipelines memoryInboundPipelines() {
        return InboundPipelines.inMemory();
    }

    @Bean
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "redis")
    InboundPipelines redisInboundPipelines(RedisState redis, RedisLeases leases, StateProperties state) {
        return InboundPipelines.inRedis(redis, leases, state.duplicateTtl(), state.lockLease());
    }

    @Bean
    SessionKeys sessionKeys(MessagingProperties properties) {
        if (properties.hasSessionKeySecret()) {
            return new SessionKeys(properties.sessionKeySecret().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        // A random key keeps user ids unlinkable; the cost is that messaging sessions restart with the service.
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        log.info("safepace.channels.session-key-secret is not set: using a random key, so messaging-app "
                + "sessions start afresh after a restart");
        return new SessionKeys(Base64.getEncoder().encode(key));
    }
}
