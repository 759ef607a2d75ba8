package dev.gemba.importing.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.gemba.importing.boundary.ImportField;

/**
 * Guesses a mapping from column names: for each field in turn, the first free column whose name
 * contains one of the field's hints. A column that is an id (a word "id", as in "Ticket ID" or
 * "sys_id") goes to the field that identifies rows, which makes re-imports add nothing; it may be
 * the column of another field (the ticket) as well.
 */
public final class MappingSuggestion {

    private MappingSuggestion() {}

    public static Map<String, String> suggest(List<String> columns, List<ImportField> fields) {
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> free = new ArrayList<>(columns);
        List<String> ids = columns.stream().filter(MappingSuggestion::isId).toList();
        free.removeAll(ids.stream()
                .filter(c -> !c.toLowerCase(Locale.ROOT).contains("ticket"))
                .toList());
        for (ImportField field : fields) {
            field.hints().stream()
                    .flatMap(word ->
                            free.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(word)))
                    .findFirst()
                    .ifPresent(column -> {
                        mapping.put(field.key(), column);
                        free.remove(column);
                    });
        }
        // an id of its own ("External ID", "sys_id") before one that also names the ticket
        fields.stream().filter(ImportField::rowId).findFirst().ifPresent(rowId -> ids.stream()
                .filter(c -> !mapping.containsValue(c))
                .findFirst()
                .or(() -> ids.stream().findFirst())
                .ifPresent(column -> mapping.put(rowId.key(), column)));
        return mapping;
    }

    /** Whether a column name says it holds ids: one of its words (camelCase or separated) is id, uuid or guid. */
    private static boolean isId(String column) {
        return Arrays.stream(column.split("(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+"))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .anyMatch(word -> word.equals("id") || word.equals("uuid") || word.equals("guid"));
    }
}
