package dev.gemba.platform.boundary;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date or time people can mean: from {@link #EARLIEST} to {@link #LATEST}. Java and JSON accept
 * years such as +999999999, which the databases store corrupted or refuse; such input is a typing
 * error or an attack, never a plan. Null is valid (combine with NotNull where required).
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = PlausibleDate.Check.class)
public @interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    LocalDate LATEST = LocalDate.of(2199, 12, 31);

    String message() default "{gemba.date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Instants (judged in UTC) and local dates. */
    class Check implements ConstraintValidator<PlausibleDate, TemporalAccessor> {

        private static final Instant FIRST =
                EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
        private static final Instant AFTER_LAST =
                LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        @Override
        public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (value instanceof Instant instant) {
                return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
            }
            LocalDate day = LocalDate.from(value);
            return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
        }
    }
}
