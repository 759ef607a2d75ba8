package dev.gemba.importing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemba.importing.entity.ImportFormat;
import org.junit.jupiter.api.Test;

class ImportViewTest {

    @Test
    void theFilesNameSaysItsFormat() {
        assertEquals(ImportFormat.XLSX, ImportView.formatOf("Messwerte 2026.XLSX"));
        assertEquals(ImportFormat.JSONL, ImportView.formatOf("feedback.ndjson"));
        assertEquals(ImportFormat.CSV, ImportView.formatOf("export.csv"));
        assertEquals(ImportFormat.CSV, ImportView.formatOf("tickets.txt"));
    }
}
