package org.safepace.bot.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** CORS for the chat API and the security headers, through the filters the application registers. */
class WidgetSecurityTests {

    private static final String CLINIC = "https://clinic.example";

    @Test
    void sameOriginCallsPassWhenNoOtherOriginIsConfigured() throws Exception {
        mvc(List.of()).perform(post("/api/v1/chat").header(HttpHeaders.ORIGIN, "http://localhost")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void crossOriginCallsAreRefusedByDefault() throws Exception {
        mvc(List.of()).perform(post("/api/v1/chat").header(HttpHeaders.ORIGIN, CLINIC)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void aConfiguredOriginMayCallTheApiWithoutCredentials() throws Exception {
        mvc(List.of(CLINIC)).perform(post("/api/v1/chat").header(HttpHeaders.ORIGIN, CLINIC)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CLINIC))
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS));
    }

    @Test
    void preflightForAConfiguredOriginAllowsJsonPostsAndSessionDeletes() throws Exception {
        mvc(List.of(CLINIC)).perform(options("/api/v1/sessions/abc").header(HttpHeaders.ORIGIN, CLINIC)
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CLINIC));
        mvc(List.of(CLINIC)).perform(options("/api/v1/chat/stream").header(HttpHeaders.ORIGIN, CLINIC)
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CLINIC));
    }

    @Test
    void preflightFromAnotherOriginIsRefused() throws Exception {
        mvc(List.of(CLINIC)).perform(options("/api/v1/chat").header(HttpHeaders.ORIGIN, "https://evil.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
    }

    @Test
    void everyResponseCarriesThePrivacyAndHardeningHeaders() throws Exception {
        MockMvc mvc = mvc(List.of(CLINIC));
        for (ResultActions result : List.of(
                mvc.perform(get("/index.html")),
                mvc.perform(post("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).content("{}")),
                mvc.perform(post("/api/v1/chat").header(HttpHeaders.ORIGIN, "https://evil.example")))) {
            result.andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"))
                    .andExpect(header().string("Content-Security-Policy",
                            SecurityHeadersFilter.contentSecurityPolicy(List.of(CLINIC))));
        }
    }

    @Test
    void apiAnswersAreNeverCachedButTheWidgetMayBe() throws Exception {
        MockMvc mvc = mvc(List.of());
        mvc.perform(post("/api/v1/chat").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
        mvc.perform(get("/index.html")).andExpect(header().doesNotExist(HttpHeaders.CACHE_CONTROL));
    }

    @Test
    void contentSecurityPolicyAllowsNoInlineOrForeignScriptAndConnectsOnlyToConfiguredOrigins() {
        String policy = SecurityHeadersFilter.contentSecurityPolicy(List.of(CLINIC));

        assertThat(policy).contains("default-src 'none'", "script-src 'self'", "style-src 'self'",
                "connect-src 'self' https://clinic.example", "frame-ancestors 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(SecurityHeadersFilter.contentSecurityPolicy(List.of())).contains("connect-src 'self';");
    }

    @Test
    void allowedOriginsBindFromPropertiesAndAreNormalised() {
        contextRunner()
                .withPropertyValues("safepace.widget.allowed-origins=https://Clinic.Example/, http://localhost:3000")
                .run(context -> assertThat(context.getBean(WidgetProperties.class).allowedOrigins())
                        .containsExactly("https://clinic.example", "http://localhost:3000"));
    }

    @Test
    void noAllowedOriginsByDefault() {
        contextRunner().run(context -> assertThat(context.getBean(WidgetProperties.class).allowedOrigins()).isEmpty());
    }

    @Test
    void aWildcardOrAPathInAllowedOriginsFailsStartUpNamingTheValue() {
        for (String bad : List.of("*", "https://*.clinic.example", "https://clinic.example/chat", "clinic.example",
                "ftp://clinic.example", "https://user@clinic.example", "https://clinic.example?x=1")) {
            contextRunner().withPropertyValues("safepace.widget.allowed-origins=" + bad)
                    .run(context -> assertThat(context).getFailure().rootCause()
                            .hasMessageContaining("safepace.widget.allowed-origins must hold only origins like")
                            .hasMessageContaining("[" + bad + "]"));
        }
    }

    private static WebApplicationContextRunner contextRunner() {
        return new WebApplicationContextRunner().withUserConfiguration(WidgetConfiguration.class);
    }

    /** The application's own filter registrations, in front of a stand-in API. */
    private static MockMvc mvc(List<String> allowedOrigins) {
        WidgetConfiguration configuration = new WidgetConfiguration();
        WidgetProperties properties = new WidgetProperties(allowedOrigins);
        FilterRegistrationBean<?> headers = configuration.securityHeadersFilter(properties);
        FilterRegistrationBean<?> cors = configuration.widgetCorsFilter(properties);
        return MockMvcBuilders.standaloneSetup(new StandInApi())
                .addFilter(headers.getFilter())
                .addFilter(cors.getFilter(), "/api/*")
                .build();
    }

    @RestController
    static class StandInApi {

        @PostMapping("/api/v1/chat")
        String chat() {
            return "{}";
        }

        @GetMapping("/index.html")
        String page() {
            return "<!DOCTYPE html>";
        }
    }
}
