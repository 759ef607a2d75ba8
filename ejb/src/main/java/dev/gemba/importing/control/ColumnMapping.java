package dev.gemba.importing.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gemba.importing.boundary.ImportField;
import dev.gemba.platform.boundary.InvalidInputException;

/** Checks a mapping of a kind's fields to a file's columns before an import is created. */
public final class ColumnMapping {

    private ColumnMapping() {}

    /**
     * The mapping without blank entries; refuses, naming the field ({@code map.<key>}), a field the
     * kind does not have, a column the file does not have, and a required field left unmapped.
     */
    public static Map<String, String> check(
            List<ImportField> fields, Map<String, String> mapping, List<String> columns) {
        Map<String, String> checked = new LinkedHashMap<>();
        for (var entry : mapping.entrySet()) {
            if (fields.stream().noneMatch(f -> f.key().equals(entry.getKey()))) {
                throw new InvalidInputException(
                        "map." + entry.getKey(),
                        text(
                                "import.unknown-field",
                                fields.stream().map(ImportField::key).toList()));
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            if (!columns.contains(entry.getValue())) {
                throw new InvalidInputException(
                        "map." + entry.getKey(), text("import.unknown-column", entry.getValue(), columns));
            }
            checked.put(entry.getKey(), entry.getValue());
        }
        for (ImportField field : fields) {
            if (field.isRequired() && !checked.containsKey(field.key())) {
                throw new InvalidInputException("map." + field.key(), field.missing());
            }
        }
        return checked;
    }
}
