package dev.gemba.feedback.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.importing.boundary.ImportValues;
import dev.gemba.importing.boundary.MappedRow;
import dev.gemba.importing.boundary.RowReason;
import dev.gemba.importing.boundary.RowRejected;

/**
 * Turns an imported row into a feedback form, or says which field is wrong and why. Rows without
 * an external id get one derived from their content, so that importing the same file again adds
 * nothing.
 */
final class FeedbackRowMapper {

    static final String TEXT = "text";
    static final String RECEIVED_AT = "receivedAt";
    static final String CHANNEL = "channel";
    static final String CONTACT_NAME = "contactName";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String BUSINESS_UNIT = "businessUnit";
    static final String SERVICES = "services";
    static final String TIER = "tier";
    static final String TICKET_REF = "ticketRef";
    static final String EXTERNAL_ID = "externalId";
    static final String TAGS = "tags";

    private final Channel defaultChannel;
    private final Map<String, Long> unitsByName;
    private final Map<String, Long> servicesByName;
    private final ZoneId zone;

    /**
     * @param unitsByName business unit ids by lower-cased name
     * @param servicesByName service ids by lower-cased name
     */
    FeedbackRowMapper(
            Channel defaultChannel, ZoneId zone, Map<String, Long> unitsByName, Map<String, Long> servicesByName) {
        this.zone = zone;
        this.defaultChannel = defaultChannel;
        this.unitsByName = unitsByName;
        this.servicesByName = servicesByName;
    }

    FeedbackForm map(MappedRow row) throws RowRejected {
        String text = row.value(TEXT);
        if (text == null) {
            throw new RowRejected(TEXT, RowReason.of("import.row.text-empty"));
        }
        if (text.length() > Feedback.MAX_TEXT) {
            throw new RowRejected(TEXT, RowReason.of("import.row.too-long", Feedback.MAX_TEXT));
        }
        Instant receivedAt = ImportValues.pastInstant(row, RECEIVED_AT, zone);
        String externalId = row.value(EXTERNAL_ID);
        if (externalId != null && externalId.length() > 120) {
            throw new RowRejected(EXTERNAL_ID, RowReason.of("import.row.too-long", 120));
        }
        String contactName = row.value(CONTACT_NAME);
        String ticketRef = row.value(TICKET_REF);
        return new FeedbackForm(
                receivedAt,
                channel(row),
                text,
                contactName,
                row.value(CONTACT_EMAIL),
                ImportValues.named(row.value(BUSINESS_UNIT), BUSINESS_UNIT, unitsByName, "import.row.no-business-unit"),
                services(row),
                tier(row),
                ticketRef,
                externalId != null ? externalId : derivedId(text, receivedAt, contactName, ticketRef),
                row.list(TAGS));
    }

    private Channel channel(MappedRow row) throws RowRejected {
        String value = row.value(CHANNEL);
        if (value == null) {
            return defaultChannel;
        }
        try {
            return Channel.valueOf(
                    value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(
                    CHANNEL, RowReason.of("import.row.not-a-channel", value, Arrays.toString(Channel.values())));
        }
    }

    private static SupportTier tier(MappedRow row) throws RowRejected {
        String value = row.value(TIER);
        if (value == null) {
            return null;
        }
        try {
            return SupportTier.valueOf(
                    value.toUpperCase(Locale.ROOT).replace("LEVEL ", "L").replace(" ", ""));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(TIER, RowReason.of("import.row.not-a-tier", value));
        }
    }

    private Set<Long> services(MappedRow row) throws RowRejected {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : row.list(SERVICES)) {
            ids.add(ImportValues.named(name, SERVICES, servicesByName, "import.row.no-service"));
        }
        return ids;
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
