package dev.gemba.feedback.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.SupportTier;

/**
 * Turns a source row into a feedback form through the column mapping, or says which column is
 * wrong and why. Rows without a mapped external id get one derived from their content, so that
 * importing the same file again adds nothing.
 */
public final class RowMapper {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    /** As spreadsheets in German settings write dates: "31.01.2026", "31.01.2026 14:05[:ss]", "1.2.2026". */
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d.M.uuuu[ H:mm[:ss]]")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final Map<ImportField, String> mapping;
    private final Channel defaultChannel;
    private final Map<String, Long> unitsByName;
    private final Map<String, Long> servicesByName;
    private final ZoneId zone;

    /** A row an import could not take (feedback or survey responses): the column at fault and why. */
    public static final class RowRejected extends Exception {
        private final String column;
        private final RowReason reason;

        public RowRejected(String column, RowReason reason) {
            super(reason.key(), null, false, false);
            this.column = column;
            this.reason = reason;
        }

        public RowReason reason() {
            return reason;
        }

        public String column() {
            return column;
        }
    }

    /**
     * @param unitsByName business unit ids by lower-cased name
     * @param servicesByName service ids by lower-cased name
     */
    public RowMapper(
            Map<ImportField, String> mapping,
            Channel defaultChannel,
            ZoneId zone,
            Map<String, Long> unitsByName,
            Map<String, Long> servicesByName) {
        this.mapping = new EnumMap<>(mapping);
        this.zone = zone;
        this.defaultChannel = defaultChannel;
        this.unitsByName = unitsByName;
        this.servicesByName = servicesByName;
    }

    public FeedbackForm map(SourceRow row) throws RowRejected {
        if (row.unreadable() != null) {
            throw new RowRejected(null, row.unreadable());
        }
        String text = value(row, ImportField.TEXT);
        if (text == null) {
            throw new RowRejected(column(ImportField.TEXT), RowReason.of("import.row.text-empty"));
        }
        if (text.length() > Feedback.MAX_TEXT) {
            throw new RowRejected(column(ImportField.TEXT), RowReason.of("import.row.too-long", Feedback.MAX_TEXT));
        }
        Instant receivedAt = receivedAt(row);
        String externalId = value(row, ImportField.EXTERNAL_ID);
        if (externalId != null && externalId.length() > 120) {
            throw new RowRejected(column(ImportField.EXTERNAL_ID), RowReason.of("import.row.too-long", 120));
        }
        String contactName = value(row, ImportField.CONTACT_NAME);
        String ticketRef = value(row, ImportField.TICKET_REF);
        return new FeedbackForm(
                receivedAt,
                channel(row),
                text,
                contactName,
                value(row, ImportField.CONTACT_EMAIL),
                businessUnit(row),
                services(row),
                tier(row),
                ticketRef,
                externalId != null ? externalId : derivedId(text, receivedAt, contactName, ticketRef),
                list(row, ImportField.TAGS));
    }

    /** The source column a field is read from, for error reports. */
    public String column(ImportField field) {
        return mapping.get(field);
    }

    private String value(SourceRow row, ImportField field) {
        String column = mapping.get(field);
        String value = column == null ? null : row.values().get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

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
        return parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)
                ? day.atTime(java.time.LocalTime.from(parsed)).atZone(zone).toInstant()
                : day.atStartOfDay(zone).toInstant();
    }

    private Instant receivedAt(SourceRow row) throws RowRejected {
        String value = value(row, ImportField.RECEIVED_AT);
        if (value == null) {
            return null;
        }
        Instant at;
        try {
            at = instant(value, zone);
        } catch (DateTimeParseException notDate) {
            throw new RowRejected(column(ImportField.RECEIVED_AT), RowReason.of("import.row.not-a-date", value));
        }
        if (at.isAfter(Instant.now().plusSeconds(300))) {
            throw new RowRejected(column(ImportField.RECEIVED_AT), RowReason.of("import.row.future", value));
        }
        return at;
    }

    private Channel channel(SourceRow row) throws RowRejected {
        String value = value(row, ImportField.CHANNEL);
        if (value == null) {
            return defaultChannel;
        }
        try {
            return Channel.valueOf(
                    value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(
                    column(ImportField.CHANNEL),
                    RowReason.of("import.row.not-a-channel", value, java.util.Arrays.toString(Channel.values())));
        }
    }

    private SupportTier tier(SourceRow row) throws RowRejected {
        String value = value(row, ImportField.TIER);
        if (value == null) {
            return null;
        }
        try {
            return SupportTier.valueOf(
                    value.toUpperCase(Locale.ROOT).replace("LEVEL ", "L").replace(" ", ""));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(column(ImportField.TIER), RowReason.of("import.row.not-a-tier", value));
        }
    }

    private Long businessUnit(SourceRow row) throws RowRejected {
        String value = value(row, ImportField.BUSINESS_UNIT);
        if (value == null) {
            return null;
        }
        Long id = unitsByName.get(value.toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new RowRejected(
                    column(ImportField.BUSINESS_UNIT), RowReason.of("import.row.no-business-unit", value));
        }
        return id;
    }

    private Set<Long> services(SourceRow row) throws RowRejected {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : list(row, ImportField.SERVICES)) {
            Long id = servicesByName.get(name.toLowerCase(Locale.ROOT));
            if (id == null) {
                throw new RowRejected(column(ImportField.SERVICES), RowReason.of("import.row.no-service", name));
            }
            ids.add(id);
        }
        return ids;
    }

    private Set<String> list(SourceRow row, ImportField field) {
        String value = value(row, field);
        Set<String> items = new LinkedHashSet<>();
        if (value != null) {
            for (String item : value.split("[;|]")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /** A stable id from what identifies the row's content, for files without an id column. */
    static String derivedId(String text, Instant receivedAt, String contact, String ticket) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            String key = text + '\u0000' + receivedAt + '\u0000' + contact + '\u0000' + ticket;
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return "import:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
