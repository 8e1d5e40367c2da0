package org.safepace.bot.clinic;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.util.Map;

/**
 * Every day's opening hours parse ({@link ClinicProperties#parseRanges}); a bad one is refused at start-up with a
 * message naming the day, the value and what is wrong with it.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidOpeningHours.Validator.class)
@interface ValidOpeningHours {

    String message() default "safepace.clinic.opening-hours must be HH:mm-HH:mm ranges per day";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ValidOpeningHours, Map<DayOfWeek, String>> {
        @Override
        public boolean isValid(Map<DayOfWeek, String> hours, ConstraintValidatorContext context) {
            if (hours == null) {
                return true;
            }
            boolean valid = true;
            for (Map.Entry<DayOfWeek, String> day : hours.entrySet()) {
                try {
                    ClinicProperties.parseRanges(day.getKey(), day.getValue());
                } catch (IllegalArgumentException e) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                    }
                    valid = false;
                    context.buildConstraintViolationWithTemplate(literal(e.getMessage())).addConstraintViolation();
                }
            }
            return valid;
        }

        /** The message as it is: braces, dollars and backslashes are not template syntax here. */
        private static String literal(String message) {
            return message.replaceAll("([\\\\{}$])", "\\\\$1");
        }
    }
}
