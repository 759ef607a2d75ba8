package dev.gemba.touchpoint.web;

import java.io.StringReader;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;

import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * What the entry form must offer before a draft kept in the browser (gemba.js) can be put back:
 * the draft's phase (its types are the valid choices) and as many action rows as it had.
 *
 * @param phase null when the draft names none
 */
record EntryDraft(LifecyclePhase phase, int actionRows) {

    /** A draft is the browser's own copy of a form: more rows than this are not a real draft. */
    static final int MAX_ROWS = 100;

    private static final String PHASE_FIELD = "entry:phase_input";
    private static final Pattern ACTION_FIELD = Pattern.compile("^entry:actions:(\\d{1,3}):");

    /** The draft's shape from its JSON (an array of [name, value] pairs); empty when it is not one. */
    static Optional<EntryDraft> parse(String json) {
        if (json == null) {
            return Optional.empty();
        }
        LifecyclePhase phase = null;
        int rows = 0;
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonArray pair : reader.readArray().getValuesAs(JsonArray.class)) {
                String name = pair.getString(0);
                String value = pair.getString(1);
                if (name.equals(PHASE_FIELD)) {
                    phase = Arrays.stream(LifecyclePhase.values())
                            .filter(p -> p.name().equals(value))
                            .findFirst()
                            .orElse(null);
                }
                var row = ACTION_FIELD.matcher(name);
                if (row.find()) {
                    rows = Math.max(rows, Integer.parseInt(row.group(1)) + 1);
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // not a draft this page wrote
        }
        return Optional.of(new EntryDraft(phase, Math.min(rows, MAX_ROWS)));
    }
}
