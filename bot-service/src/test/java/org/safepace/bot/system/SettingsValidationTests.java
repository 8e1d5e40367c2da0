package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safepace.bot.answer.LlmProperties;
import org.safepace.bot.dialogue.SessionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A bad setting stops start-up with a message that names it; the defaults are the documented ones. */
class SettingsValidationTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SessionProperties.class, LlmProperties.class, RateLimitProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        runner.run(context -> {
            SessionProperties sessions = context.getBean(SessionProperties.class);
            assertThat(sessions.idleTimeout()).hasMinutes(30);
            assertThat(sessions.maxSessions()).isEqualTo(50_000);
            LlmProperties llm = context.getBean(LlmProperties.class);
            assertThat(llm.enabled()).isFalse();
            assertThat(llm.timeout()).hasSeconds(10);
            RateLimitProperties limits = context.getBean(RateLimitProperties.class);
            assertThat(limits.enabled()).isTrue();
            assertThat(limits.sessionCapacity()).isEqualTo(20);
            assertThat(limits.addressRefillPerMinute()).isEqualTo(120);
        });
    }

    @Test
    void aZeroIdleTimeoutIsRefusedByName() {
        runner.withPropertyValues("safepace.sessions.idle-timeout=0s").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("safepace.sessions.idle-timeout"));
    }

    @Test
    void aNegativeLlmTimeoutIsRefusedByName() {
        runner.withPropertyValues("safepace.llm.timeout=-2s").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("safepace.llm.timeout must be positive"));
    }

    @Test
    void anLlmTemperatureOrTokenLimitOutOfRangeIsRefusedByItsKebabCaseName() {
        runner.withPropertyValues("safepace.llm.temperature=3").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("safepace.llm.temperature must be between 0 and 2"));
        runner.withPropertyValues("safepace.llm.max-tokens=5").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("safepace.llm.max-tokens must be between 16 and 4000"));
    }

    @Test
    void anEmptyRateLimitBucketIsRefusedByName() {
        runner.withPropertyValues("safepace.rate-limit.session-capacity=0").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("safepace.rate-limit.session-capacity must be at least 1"));
    }

    @Test
    void aTooSmallSessionBoundIsRefused() {
        runner.withPropertyValues("safepace.sessions.max-sessions=0").run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("maxSessions"));
    }
}
