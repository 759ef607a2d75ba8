package dev.gemba.importing.boundary;

import java.io.Serializable;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonString;

import dev.gemba.platform.boundary.ServiceMessages;

/**
 * Why an import row was refused, as a message key and its arguments, so the report can be shown
 * in the reader's language: the batch job that refuses the row has no reader to ask. Texts are
 * in the service messages ({@code import.row.*}); a reason that already is text (a validation
 * message) is kept as given.
 */
public record RowReason(String key, List<String> args) implements Serializable {

    static final String AS_GIVEN = "import.row.as-given";

    public RowReason {
        args = List.copyOf(args);
    }

    /** Longest argument kept: a cell quoted in a reason need not be quoted whole. */
    static final int MAX_ARG = 300;

    /** A reason under a message key; arguments as {@link String#valueOf} gives them, shortened. */
    public static RowReason of(String key, Object... args) {
        return new RowReason(
                key,
                Arrays.stream(args)
                        .map(String::valueOf)
                        .map(a -> a.length() > MAX_ARG ? a.substring(0, MAX_ARG) + "…" : a)
                        .toList());
    }

    /** A reason that is already text. */
    public static RowReason asGiven(String text) {
        return of(AS_GIVEN, text);
    }

    /** The reason in the caller's language (English in the batch job and the REST API). */
    public String text() {
        return ServiceMessages.text(key, args.toArray());
    }

    /** The arguments as stored: a JSON array of strings. */
    public String argsJson() {
        var array = Json.createArrayBuilder();
        args.forEach(array::add);
        return array.build().toString();
    }

    /** A stored reason; {@code null} when the row was stored before reasons had keys. */
    public static RowReason stored(String key, String argsJson) {
        if (key == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(argsJson == null ? "[]" : argsJson))) {
            return new RowReason(
                    key,
                    reader.readArray().getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString)
                            .toList());
        }
    }
}
