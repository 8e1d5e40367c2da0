package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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

    /** Every @ConfigurationProperties class of the application, bound as at start-up. */
    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("org.safepace.bot")
    static class AllSettings {
    }

    private final ApplicationContextRunner all = new ApplicationContextRunner().withUserConfiguration(AllSettings.class);

    @Test
    void everySettingsClassBindsWithNoConfigurationAtAll() {
        all.run(context -> assertThat(context).hasNotFailed());
    }

    /**
     * One bad value per rule of every settings class: start-up fails with a message that names the setting in
     * kebab case (Bean Validation throughout; no check is left in a constructor).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            safepace.sessions.idle-timeout=0s                | safepace.sessions.idle-timeout must be positive
            safepace.sessions.max-sessions=0                 | safepace.sessions.max-sessions must be at least 1
            safepace.sessions.max-sessions=20000000          | safepace.sessions.max-sessions must be at most 10000000
            safepace.channels.max-body-size=10B              | safepace.channels.max-body-size must be between 1KB and 1MB
            safepace.channels.max-body-size=2MB              | safepace.channels.max-body-size must be between 1KB and 1MB
            safepace.channels.session-key-secret=too-short   | safepace.channels.session-key-secret must have at least 16 characters
            safepace.channels.sender.max-attempts=0          | safepace.channels.sender.max-attempts must be between 1 and 20
            safepace.channels.sender.queue-capacity=0        | safepace.channels.sender.queue-capacity must be between 1 and 100000
            safepace.channels.sender.threads=33              | safepace.channels.sender.threads must be between 1 and 32
            safepace.channels.sender.base-backoff=0s         | safepace.channels.sender.base-backoff must be positive
            safepace.channels.sender.max-backoff=1ms         | safepace.channels.sender.max-backoff must not be below base-backoff
            safepace.channels.sender.connect-timeout=0s      | safepace.channels.sender.connect-timeout must be positive
            safepace.channels.sender.read-timeout=-1s        | safepace.channels.sender.read-timeout must be positive
            safepace.channels.sender.drain-timeout=-1s       | safepace.channels.sender.drain-timeout must not be negative
            safepace.channels.sender.drain-timeout=6m        | safepace.channels.sender.drain-timeout must be at most 5m
            safepace.channels.telegram.bot-token=123:abc     | safepace.channels.telegram.secret-token, or neither
            safepace.channels.telegram.api-base-url=ftp://x  | safepace.channels.telegram.api-base-url must be an http(s) URL
            safepace.channels.whatsapp.app-secret=s          | WhatsApp is half configured
            safepace.channels.whatsapp.api-version=21        | safepace.channels.whatsapp.api-version must look like v21.0
            safepace.channels.whatsapp.api-base-url=file:/x  | safepace.channels.whatsapp.api-base-url must be an http(s) URL
            safepace.clinic.opening-hours.friday=9-5         | safepace.clinic.opening-hours.friday = '9-5': '9' is not a time like 09:00
            safepace.widget.allowed-origins=https://*.x.org  | safepace.widget.allowed-origins must hold only origins like
            safepace.callbacks.retention=0s                  | safepace.callbacks.retention must be positive
            safepace.callbacks.expires-after=-1d             | safepace.callbacks.expires-after must be positive
            safepace.staff.max-failed-logins=0               | safepace.staff.max-failed-logins must be at least 1
            safepace.staff.lockout=0s                        | safepace.staff.lockout must be positive
            safepace.staff.accounts[0].username=             | safepace.staff.accounts[].username must not be blank
            safepace.state.key-prefix=has space              | safepace.state.key-prefix may hold only
            safepace.state.lock-lease=0s                     | safepace.state.lock-lease must be at least 1s
            safepace.rate-limit.address-capacity=0           | safepace.rate-limit.address-capacity must be at least 1
            safepace.llm.max-tokens=5                        | safepace.llm.max-tokens must be between 16 and 4000
            """)
    void aBadValueFailsStartUpNamingTheSetting(String setting, String message) {
        all.withPropertyValues(setting).run(context ->
                assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining(message));
    }

    @Test
    void aPlainPasswordWhereAHashBelongsFailsStartUpWithoutRepeatingIt() {
        all.withPropertyValues("safepace.staff.accounts[0].username=sam",
                        "safepace.staff.accounts[0].password-hash=Zanzibar-quokka-42")
                .run(context -> {
                    assertThat(context).hasFailed().getFailure().rootCause()
                            .hasMessageContaining("safepace.staff.accounts[].password-hash must be a bcrypt hash");
                    for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain("Zanzibar");
                    }
                });
    }
}
