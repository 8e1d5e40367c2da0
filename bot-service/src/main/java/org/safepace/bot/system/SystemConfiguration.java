package org.safepace.bot.system;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.catalina.core.StandardHost;
import org.safepace.knowledge.KnowledgeBase;
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
    RateLimiter rateLimiter(RateLimitProperties properties, SafePaceMetrics metrics) {
        return new RateLimiter(properties, metrics);
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
