package dev.gemba.importing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

/** Times as import files write them, in English and German spreadsheet settings. */
class ImportValuesTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void isoAndSpacedTimes() {
        assertEquals(Instant.parse("2026-01-31T14:05:00Z"), ImportValues.instant("2026-01-31T14:05:00Z", UTC));
        assertEquals(Instant.parse("2026-01-31T13:05:00Z"), ImportValues.instant("2026-01-31T14:05:00+01:00", UTC));
        assertEquals(Instant.parse("2026-01-31T14:05:00Z"), ImportValues.instant("2026-01-31 14:05", UTC));
        assertEquals(Instant.parse("2026-01-31T00:00:00Z"), ImportValues.instant("2026-01-31", UTC));
    }

    @Test
    void germanDatesAsSpreadsheetsWriteThem() {
        assertEquals(Instant.parse("2026-01-31T00:00:00Z"), ImportValues.instant("31.01.2026", UTC));
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), ImportValues.instant("1.2.2026", UTC));
        assertEquals(Instant.parse("2026-01-31T14:05:00Z"), ImportValues.instant("31.01.2026 14:05", UTC));
        assertEquals(Instant.parse("2026-01-31T09:05:30Z"), ImportValues.instant("31.01.2026 9:05:30", UTC));
    }

    @Test
    void impossibleOrAmbiguousDatesAreRefused() {
        assertThrows(DateTimeParseException.class, () -> ImportValues.instant("31.02.2026", UTC));
        assertThrows(DateTimeParseException.class, () -> ImportValues.instant("01/31/2026", UTC));
        assertThrows(DateTimeParseException.class, () -> ImportValues.instant("31.01.26", UTC));
        assertThrows(DateTimeParseException.class, () -> ImportValues.instant("not a date", UTC));
    }

    @Test
    void timesWithoutAZoneAreReadInTheImportsZoneAndOffsetsWin() {
        assertEquals(Instant.parse("2026-01-31T13:05:00Z"), ImportValues.instant("31.01.2026 14:05", BERLIN));
        assertEquals(Instant.parse("2026-07-31T12:05:00Z"), ImportValues.instant("2026-07-31 14:05", BERLIN));
        assertEquals(Instant.parse("2026-01-30T23:00:00Z"), ImportValues.instant("2026-01-31", BERLIN));
        assertEquals(Instant.parse("2026-01-31T14:05:00Z"), ImportValues.instant("2026-01-31T14:05:00Z", BERLIN));
    }
}
