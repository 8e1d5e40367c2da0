package org.safepace.bot.widget;

import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/** CORS for the chat API and the security headers that protect the widget and its demo page. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WidgetProperties.class)
class WidgetConfiguration {

    /**
     * Spring's CORS support as a servlet filter rather than a per-handler mapping, so that it also covers answers
     * produced before Spring MVC runs (a rate limiter's 429) and refuses other origins before any of our code runs.
     * An empty list of origins leaves only same-origin calls: cross-origin requests get a 403.
     */
    @Bean
    FilterRegistrationBean<CorsFilter> widgetCorsFilter(WidgetProperties properties) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter(properties.allowedOrigins()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(WidgetProperties properties) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(properties.allowedOrigins()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static CorsFilter corsFilter(List<String> allowedOrigins) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(allowedOrigins);
        api.setAllowedMethods(List.of("GET", "POST", "DELETE"));
        api.setAllowedHeaders(List.of("Content-Type", "Accept", "X-Withdraw-Token"));
        api.setExposedHeaders(List.of("Retry-After"));
        // No cookies or credentials ever: the widget keeps its session id itself, in sessionStorage.
        api.setAllowCredentials(false);
        api.setMaxAge(1800L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        return new CorsFilter(source);
    }
}
