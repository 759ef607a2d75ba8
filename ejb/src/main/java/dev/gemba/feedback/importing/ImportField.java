package dev.gemba.feedback.importing;

import java.util.Arrays;
import java.util.Optional;

/** The feedback fields a file's columns can be mapped to; {@link #TEXT} is required. */
public enum ImportField {
    TEXT("text"),
    RECEIVED_AT("receivedAt"),
    CHANNEL("channel"),
    CONTACT_NAME("contactName"),
    CONTACT_EMAIL("contactEmail"),
    BUSINESS_UNIT("businessUnit"),
    SERVICES("services"),
    TIER("tier"),
    TICKET_REF("ticketRef"),
    EXTERNAL_ID("externalId"),
    TAGS("tags");

    private final String key;

    ImportField(String key) {
        this.key = key;
    }

    /** The name used in mappings (REST query parameter map.&lt;key&gt;, stored JSON). */
    public String key() {
        return key;
    }

    public static Optional<ImportField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
