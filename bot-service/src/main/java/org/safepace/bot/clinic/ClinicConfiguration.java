package org.safepace.bot.clinic;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Clinic opening hours; the clock is a bean so tests can fix the time. */
@Configuration(proxyBeanMethods = false)
class ClinicConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    ClinicHours clinicHours(ClinicProperties clinic, Clock clock) {
        return new ClinicHours(clinic, clock);
    }
}
