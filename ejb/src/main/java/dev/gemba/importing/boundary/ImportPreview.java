package dev.gemba.importing.boundary;

import java.util.List;
import java.util.Map;

/**
 * An uploaded file before it is imported: its columns, its number of rows, and a mapping guessed
 * from the column names for the user to confirm.
 *
 * @param token identifies the staged file when starting the import
 */
public record ImportPreview(
        String token, String fileName, List<String> columns, long rows, Map<String, String> suggestedMapping) {}
