package org.safepace.bot.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ClinicConfigurationTests {

    @EnableConfigurationProperties(ClinicProperties.class)
    @Configuration(proxyBeanMethods = false)
    static class Properties {
    }

    @Configuration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneId.of("UTC"));
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class);

    @Test
    void bindsTheDocumentedSettingNames() {
        runner.withUserConfiguration(FixedClock.class, ClinicConfiguration.class)
                .withPropertyValues("safepace.clinic.name=Riverside Pelvic Health", "safepace.clinic.phone=020 7946 0000",
                        "safepace.clinic.booking-url=https://riverside.example/book",
                        "safepace.clinic.out-of-hours-line=NHS 111", "safepace.clinic.time-zone=Europe/London",
                        "safepace.clinic.opening-hours.monday=09:00-17:00",
                        "safepace.clinic.opening-hours.tuesday=09:00-12:00,13:00-17:00",
                        "safepace.clinic.closed-dates=2026-12-25,2026-12-26")
                .run(context -> {
                    ClinicHours hours = context.getBean(ClinicHours.class);
                    ClinicProperties clinic = hours.clinic();
                    assertThat(clinic.name()).isEqualTo("Riverside Pelvic Health");
                    assertThat(clinic.bookingUrl()).isEqualTo("https://riverside.example/book");
                    assertThat(clinic.outOfHoursLine()).isEqualTo("NHS 111");
                    assertThat(clinic.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
                    assertThat(clinic.openingHours()).containsEntry(DayOfWeek.TUESDAY, "09:00-12:00,13:00-17:00");
                    assertThat(clinic.closedDates()).containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
                    assertThat(hours.isOpenNow()).isTrue(); // the test's clock, not the system clock
                });
    }

    @Test
    void runsUnconfiguredWithTheSystemClock() {
        runner.withUserConfiguration(ClinicConfiguration.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ClinicHours.class).configured()).isFalse();
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.systemDefault());
        });
    }

    @Test
    void badOpeningHoursStopTheApplicationWithTheirName() {
        runner.withUserConfiguration(ClinicConfiguration.class)
                .withPropertyValues("safepace.clinic.opening-hours.friday=9 till 5")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("safepace.clinic.opening-hours.friday"));
    }
}
