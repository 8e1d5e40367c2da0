package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The README's load-balancer settings: the client address (what the per-address rate limit uses,
 * {@code request.getRemoteAddr()}) comes from X-Forwarded-For only when the direct peer is a trusted proxy.
 */
class TrustedProxiesTests {

    @RestController
    static class RemoteAddress {
        @GetMapping("/remote-address")
        String remoteAddress(HttpServletRequest request) {
            return request.getRemoteAddr();
        }
    }

    /** A plain configuration, not a @SpringBootConfiguration: @SpringBootTests in this package must not pick it up. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(RemoteAddress.class)
    static class Echo {
        @Bean
        SecurityFilterChain open(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
        }
    }

    private static String addressSeen(String trustedProxies) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Echo.class).run(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--management.endpoint.health.validate-group-membership=false",
                "--server.forward-headers-strategy=native",
                "--server.tomcat.remoteip.internal-proxies=" + trustedProxies)) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/remote-address"))
                    .header("X-Forwarded-For", "203.0.113.7").GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        }
    }

    @Test
    void fromATrustedProxyTheForwardedClientAddressIsUsed() throws Exception {
        assertThat(addressSeen("127\\.0\\.0\\.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void fromAnyOtherPeerTheHeaderIsIgnored() throws Exception {
        assertThat(addressSeen("10\\.1\\.2\\.3")).isEqualTo("127.0.0.1");
    }
}
