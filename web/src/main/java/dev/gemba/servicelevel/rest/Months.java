package dev.gemba.servicelevel.rest;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import dev.gemba.platform.boundary.InvalidInputException;

/** Months in query parameters: yyyy-MM. */
final class Months {

    private Months() {}

    /** The month a parameter names, or {@code otherwise} when it names none. */
    static YearMonth parse(String name, String value, YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a month such as 2026-01 (yyyy-MM)");
        }
    }
}
