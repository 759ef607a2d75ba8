package dev.gemba.importing.boundary;

import java.time.Instant;

import dev.gemba.importing.entity.FileImport;
import dev.gemba.importing.entity.ImportFormat;
import dev.gemba.importing.entity.ImportState;

/**
 * An import's progress as the UI and the API show it.
 *
 * @param kind the kind of rows (feedback, survey-responses, …)
 * @param rowsRead rows processed so far (including refused ones)
 * @param percent rowsRead of totalRows, 0 to 100
 */
public record ImportStatus(
        long id,
        String kind,
        String fileName,
        ImportFormat format,
        ImportState status,
        long totalRows,
        long rowsRead,
        long rowsImported,
        long rowsDuplicate,
        long rowsFailed,
        int percent,
        String error,
        String createdBy,
        String timeZone,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    static ImportStatus of(FileImport i) {
        int percent = i.getTotalRows() == 0
                ? (i.getStatus() == ImportState.COMPLETED ? 100 : 0)
                : (int) Math.min(100, i.getRowsRead() * 100 / Math.max(1, lastRow(i)));
        return new ImportStatus(
                i.getId(),
                i.getKind(),
                i.getFileName(),
                i.getFormat(),
                i.getStatus(),
                i.getTotalRows(),
                i.getRowsImported() + i.getRowsDuplicate() + i.getRowsFailed(),
                i.getRowsImported(),
                i.getRowsDuplicate(),
                i.getRowsFailed(),
                i.getStatus() == ImportState.COMPLETED ? 100 : percent,
                i.getError(),
                i.getCreatedBy(),
                i.getTimeZone().getId(),
                i.getCreatedAt(),
                i.getStartedAt(),
                i.getFinishedAt());
    }

    /**
     * Row numbers start at 2 in CSV and usually in a workbook (the header is row 1; a sheet's empty
     * rows make this an estimate, capped at 100%), at 1 in JSONL.
     */
    private static long lastRow(FileImport i) {
        return i.getTotalRows() + (i.getFormat() == ImportFormat.JSONL ? 0 : 1);
    }
}
