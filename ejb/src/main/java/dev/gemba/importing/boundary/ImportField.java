package dev.gemba.importing.boundary;

import java.util.List;

/**
 * A field of a kind's rows that a file's column can be mapped to.
 *
 * @param key the name in mappings (REST query parameter map.&lt;key&gt;, stored mapping)
 * @param label the field's name in the caller's language
 * @param missing why a mapping must name a column for it (in the caller's language); null when
 *     the field is optional
 * @param hints lower-case words that suggest a column for it when a column's name contains one
 * @param rowId whether the field identifies a row (an external id): columns named as ids are
 *     suggested for it, which makes re-imports add nothing
 */
public record ImportField(String key, String label, String missing, List<String> hints, boolean rowId) {

    public ImportField {
        hints = List.copyOf(hints);
    }

    /** An optional field. */
    public static ImportField optional(String key, String label, String... hints) {
        return new ImportField(key, label, null, List.of(hints), false);
    }

    /** A field every mapping must name a column for. */
    public static ImportField required(String key, String label, String missing, String... hints) {
        return new ImportField(key, label, missing, List.of(hints), false);
    }

    /** The field that identifies a row; required when {@code missing} is given. */
    public static ImportField rowId(String key, String label, String missing) {
        return new ImportField(key, label, missing, List.of(), true);
    }

    public boolean isRequired() {
        return missing != null;
    }
}
