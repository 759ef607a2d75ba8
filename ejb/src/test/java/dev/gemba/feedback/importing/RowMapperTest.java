package dev.gemba.feedback.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

/** Times as import files write them, in English and German spreadsheet settings. */
class RowMapperTest {

    @Test
    void isoAndSpacedTimes() {
        assertEquals(Instant.parse("2026-01-31T14:05:00Z"), RowMapper.instant("2026-01-31T14:05:00Z"));
        assertEquals(Instant.parse("2026-01-31T13:05:00Z"), RowMapper.instant("2026-01-31T14:05:00+01:00"));
        assertEquals(Instant.parse("2026-01-31T14:05:00Z"), RowMapper.instant("2026-01-31 14:05"));
        assertEquals(Instant.parse("2026-01-31T00:00:00Z"), RowMapper.instant("2026-01-31"));
    }

    @Test
    void germanDatesAsSpreadsheetsWriteThem() {
        assertEquals(Instant.parse("2026-01-31T00:00:00Z"), RowMapper.instant("31.01.2026"));
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), RowMapper.instant("1.2.2026"));
        assertEquals(Instant.parse("2026-01-31T14:05:00Z"), RowMapper.instant("31.01.2026 14:05"));
        assertEquals(Instant.parse("2026-01-31T09:05:30Z"), RowMapper.instant("31.01.2026 9:05:30"));
    }

    @Test
    void impossibleOrAmbiguousDatesAreRefused() {
        assertThrows(DateTimeParseException.class, () -> RowMapper.instant("31.02.2026"));
        assertThrows(DateTimeParseException.class, () -> RowMapper.instant("01/31/2026"));
        assertThrows(DateTimeParseException.class, () -> RowMapper.instant("31.01.26"));
        assertThrows(DateTimeParseException.class, () -> RowMapper.instant("not a date"));
    }
}
