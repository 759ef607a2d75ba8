package dev.gemba.importing.control;

import java.io.Serializable;
import java.util.Map;

import dev.gemba.importing.boundary.RowReason;

/**
 * One row of an import file as read: its number (as a spreadsheet shows it) and its values by
 * column, or why it could not be read at all.
 */
public record SourceRow(long number, Map<String, String> values, RowReason unreadable) implements Serializable {

    public static SourceRow of(long number, Map<String, String> values) {
        return new SourceRow(number, values, null);
    }

    public static SourceRow unreadable(long number, RowReason reason) {
        return new SourceRow(number, Map.of(), reason);
    }
}
