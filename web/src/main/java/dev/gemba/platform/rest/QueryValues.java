package dev.gemba.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import dev.gemba.platform.boundary.InvalidInputException;

/**
 * Parses query parameters by hand: JAX-RS answers 404 to an unconvertible query parameter, while
 * a caller deserves a 400 that names the parameter.
 */
public final class QueryValues {

    private QueryValues() {}

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Queries may reach further than stored dates, but not to years where date arithmetic overflows. */
    static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidInputException(name, "must lie between " + EARLIEST + " and " + LATEST);
        }
        return instant;
    }

    /** A calendar day such as 2026-01-31, or null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date such as 2026-01-31");
        }
        if (date.getYear() < 1900 || date.getYear() > 9999) {
            throw new InvalidInputException(name, "must lie between 1900-01-01 and 9999-12-31");
        }
        return date;
    }
}
