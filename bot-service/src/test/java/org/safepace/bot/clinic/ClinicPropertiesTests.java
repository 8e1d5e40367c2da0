package org.safepace.bot.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class ClinicPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ClinicProperties.class)
    static class Settings {
    }

    @ParameterizedTest
    @ValueSource(strings = {"9-5", "09:00", "17:00-09:00", "09:00-25:00", "09:00-12:00,11:00-17:00", "morning",
            "{x}-${y}"})
    void badOpeningHoursFailStartUpNamingTheDayAndTheValue(String value) {
        new ApplicationContextRunner().withUserConfiguration(Settings.class)
                .withPropertyValues("safepace.clinic.opening-hours.monday=" + value)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("safepace.clinic.opening-hours.monday = '" + value + "'"));
    }

    @Test
    void closedAndBlankDaysHaveNoRanges() {
        ClinicProperties clinic = new ClinicProperties(" ", null, null, null, null,
                Map.of(DayOfWeek.SATURDAY, "closed", DayOfWeek.SUNDAY, " "), null);
        assertThat(clinic.name()).isNull();
        assertThat(clinic.rangesFor(DayOfWeek.SATURDAY)).isEmpty();
        assertThat(clinic.rangesFor(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(clinic.rangesFor(DayOfWeek.MONDAY)).isEmpty();
        assertThat(clinic.closedDates()).isEmpty();
    }

    @Test
    void parsesSeveralRangesInOrder() {
        ClinicProperties clinic = new ClinicProperties("C", null, null, null, null,
                Map.of(DayOfWeek.WEDNESDAY, "09:00-12:00, 13:30-17:00"), null);
        assertThat(clinic.rangesFor(DayOfWeek.WEDNESDAY)).containsExactly(
                new ClinicProperties.OpeningRange(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new ClinicProperties.OpeningRange(LocalTime.of(13, 30), LocalTime.of(17, 0)));
    }
}
