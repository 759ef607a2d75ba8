package dev.gemba.importing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;

import dev.gemba.platform.boundary.CallerLocale;
import org.junit.jupiter.api.Test;

/** A refused row's reason is stored as key and arguments and read in the reader's language. */
class RowReasonTest {

    @Test
    void theSameStoredReasonReadsInEnglishOrGerman() {
        RowReason refused = RowReason.of("import.row.not-a-date", "31.02.2026");
        RowReason stored = RowReason.stored(refused.key(), refused.argsJson());
        assertEquals(refused, stored);
        assertEquals(
                "'31.02.2026' is not a date (2026-01-31, 2026-01-31 14:05 UTC, 31.01.2026 or an ISO instant)",
                stored.text());
        try (var german = CallerLocale.use(Locale.GERMANY)) {
            assertEquals(
                    "„31.02.2026“ ist kein Datum (2026-01-31, 2026-01-31 14:05 UTC, 31.01.2026 oder ein ISO-Zeitpunkt)",
                    stored.text());
        }
    }

    @Test
    void argumentsKeepTheirCharactersAndLongCellsAreShortened() {
        RowReason reason = RowReason.of("import.row.no-service", "SAP \"FI\" ü\n" + "x".repeat(400));
        RowReason stored = RowReason.stored(reason.key(), reason.argsJson());
        assertEquals(reason.args(), stored.args());
        assertEquals(RowReason.MAX_ARG + 1, stored.args().get(0).length());
        assertEquals(
                "is longer than 100000 characters",
                RowReason.of("import.row.too-long", 100_000).text());
    }

    @Test
    void textThatIsAlreadyAMessageIsKeptAsGivenAndOldRowsHaveNoKey() {
        assertEquals("must not be blank", RowReason.asGiven("must not be blank").text());
        assertEquals(
                List.of("must not be blank"),
                RowReason.asGiven("must not be blank").args());
        assertNull(RowReason.stored(null, null));
    }
}
