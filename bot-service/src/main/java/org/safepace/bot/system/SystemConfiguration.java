package org.safepace.bot.system;

import org.safepace.bot.state.RedisState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, TokenBuckets buckets) {
        return new RateLimiter(properties, buckets);
    }

    @Bean
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "memory", matchIfMissing = true)
    TokenBuckets memoryTokenBuckets() {
        return new MemoryTokenBuckets(System::nanoTime);
    }

    @Bean
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "redis")
    TokenBuckets redisTokenBuckets(RedisState redis) {
        return new RedisTokenBuckets(redis);
    }
}
