package dev.gemba.importing.boundary;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One row of a file read through the import's mapping: its number (as a spreadsheet shows it) and
 * its values by field key, stripped; blank cells and unmapped fields are absent.
 */
public record MappedRow(long number, Map<String, String> values) {

    public MappedRow {
        values = Map.copyOf(values);
    }

    /** The field's value, or null when the row has none. */
    public String value(String field) {
        return values.get(field);
    }

    /** A list written in one cell, separated by ';' or '|' (services, tags, multiple choices). */
    public Set<String> list(String field) {
        Set<String> items = new LinkedHashSet<>();
        String value = value(field);
        if (value != null) {
            for (String item : value.split("[;|]")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }
}
