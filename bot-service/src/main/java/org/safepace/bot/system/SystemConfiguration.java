package org.safepace.bot.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.catalina.core.StandardHost;
import org.safepace.bot.state.RedisState;
import org.safepace.knowledge.KnowledgeBase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    SafePaceMetrics safePaceMetrics(MeterRegistry registry, KnowledgeBase knowledgeBase) {
        SafePaceMetrics metrics = new SafePaceMetrics(registry);
        knowledgeBase.onQueryEmbedded(metrics::timeQueryEmbedding);
        return metrics;
    }

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, TokenBuckets buckets, SafePaceMetrics metrics) {
        return new RateLimiter(properties, buckets, metrics);
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

    /** API bodies (chat, stream, call-backs) are small JSON objects: 16 KB holds a longest message in any script. */
    @Bean
    BodyLimit apiBodyLimit() {
        return new BodyLimit("/api/", RequestBodyFilter.API_MAX_BODY);
    }

    /** Used by Boot for every RestClient it builds (the platform APIs): no token or id in the uri tag. */
    @Bean
    PathOnlyClientConvention pathOnlyClientConvention() {
        return new PathOnlyClientConvention();
    }

    /** Named knowledgeBase: the readiness group lists it by this name (application.yml). */
    @Bean
    KnowledgeBaseHealth knowledgeBaseHealthIndicator(KnowledgeBase knowledgeBase) {
        return new KnowledgeBaseHealth(knowledgeBase::status);
    }

    /** Errors Tomcat answers itself, before Spring sees the request, get the problem+json body too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
