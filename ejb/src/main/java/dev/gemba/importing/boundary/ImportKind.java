package dev.gemba.importing.boundary;

import java.util.List;

/**
 * A kind of rows the caller may import, as pages and the API offer it.
 *
 * @param name the kind's name (REST query parameter kind, e.g. feedback, survey-responses)
 * @param label its name in the caller's language
 */
public record ImportKind(String name, String label, List<ImportOption> options) {

    public ImportKind {
        options = List.copyOf(options);
    }
}
