package dev.gemba.importing.boundary;

import java.util.List;

/**
 * A setting of an import besides its mapping that the kind asks for (the survey that responses
 * answer, the channel of rows that name none), with the values the caller may choose from.
 *
 * @param key the name of the setting (REST query parameter, stored with the import)
 * @param label its name in the caller's language
 * @param choices the values to choose from
 * @param defaultValue the value when none is chosen; null when one must be
 */
public record ImportOption(String key, String label, List<Choice> choices, String defaultValue) {

    public ImportOption {
        choices = List.copyOf(choices);
    }

    /** A value and its name in the caller's language. */
    public record Choice(String value, String label) {}
}
