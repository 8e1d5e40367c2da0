package org.safepace.bot.state;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class StateConfiguration {

    /** Readiness includes this: with the memory store always up, with Redis up only while Redis answers. */
    @Bean("stateStore")
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "memory", matchIfMissing = true)
    HealthIndicator memoryStateHealth() {
        return () -> Health.up().withDetail("store", "memory").build();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "redis")
    static class Redis {

        @Bean
        RedisState redisState(StringRedisTemplate template, StateProperties properties) {
            return new RedisState(template, properties.keyPrefix());
        }

        @Bean
        RedisLeases redisLeases(RedisState redis) {
            return new RedisLeases(redis);
        }

        @Bean("stateStore")
        HealthIndicator redisStateHealth(RedisState redis) {
            return () -> redis.reachable()
                    ? Health.up().withDetail("store", "redis").build()
                    : Health.down().withDetail("store", "redis").build();
        }

        /** While Redis is unreachable, fail calls at once instead of queueing them until the command timeout. */
        @Bean
        LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
            return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }
    }
}
