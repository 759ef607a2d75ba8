package dev.gemba.importing.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/** Values as import files write them, read the same way for every kind. */
public final class ImportValues {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    /** As spreadsheets in German settings write dates: "31.01.2026", "31.01.2026 14:05[:ss]", "1.2.2026". */
    private static final DateTimeFormatter GERMAN =
            DateTimeFormatter.ofPattern("d.M.uuuu[ H:mm[:ss]]").withResolverStyle(ResolverStyle.STRICT);

    private ImportValues() {}

    /**
     * A time as import files write it: an ISO instant (with Z or an offset), "2026-01-31 14:05[:ss]",
     * "2026-01-31", or the German "31.01.2026[ 14:05[:ss]]"; without an offset, in the given zone.
     */
    public static Instant instant(String value, ZoneId zone) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(value.replace('T', ' '), SPACED)
                        .atZone(zone)
                        .toInstant();
            } catch (DateTimeParseException notDateTime) {
                if (value.indexOf('.') > 0) {
                    return german(value, zone);
                }
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
        }
    }

    private static Instant german(String value, ZoneId zone) {
        var parsed = GERMAN.parse(value);
        LocalDate day = LocalDate.from(parsed);
        return parsed.isSupported(ChronoField.HOUR_OF_DAY)
                ? day.atTime(LocalTime.from(parsed)).atZone(zone).toInstant()
                : day.atStartOfDay(zone).toInstant();
    }

    /** A field's time, not in the future (five minutes of clock skew allowed); null when the row has none. */
    public static Instant pastInstant(MappedRow row, String field, ZoneId zone) throws RowRejected {
        String value = row.value(field);
        if (value == null) {
            return null;
        }
        Instant at;
        try {
            at = instant(value, zone);
        } catch (DateTimeParseException notDate) {
            throw new RowRejected(field, RowReason.of("import.row.not-a-date", value));
        }
        if (at.isAfter(Instant.now().plusSeconds(300))) {
            throw new RowRejected(field, RowReason.of("import.row.future", value));
        }
        return at;
    }

    /**
     * The id of a record named in a cell, looked up case-insensitively; null when the cell is empty.
     *
     * @param idsByName ids by lower-cased name
     * @param unknown the message key of the reason when no record has the name
     */
    public static Long named(String value, String field, Map<String, Long> idsByName, String unknown)
            throws RowRejected {
        if (value == null) {
            return null;
        }
        Long id = idsByName.get(value.toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new RowRejected(field, RowReason.of(unknown, value));
        }
        return id;
    }
}
