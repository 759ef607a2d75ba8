package dev.gemba.importing.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.importing.boundary.StoredRows;
import dev.gemba.importing.entity.FileImport;
import dev.gemba.platform.control.BulkInsert;
import dev.gemba.platform.control.GembaDataSource;

/**
 * Stores a chunk in the chunk's transaction: the kind's new records (through its handler),
 * refused rows with their reasons, and the import's progress, so that all three commit or roll
 * back together. Records stored already are the handler's to recognise and count as duplicates.
 */
@Named("importWriter")
@Dependent
public class ImportWriter extends AbstractItemWriter {

    /** Enough to fix a file; the count of refused rows is always complete. */
    static final long MAX_ERRORS_KEPT = 10_000;

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Resource(lookup = GembaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    RowHandlers handlers;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        FileImport job = em.find(FileImport.class, Long.parseLong(importId));
        long lastRow = job.getRowsRead();
        List<Object> accepted = new ArrayList<>();
        List<ImportOutcome.Rejected> refused = new ArrayList<>();
        for (Object item : items) {
            ImportOutcome outcome = (ImportOutcome) item;
            lastRow = Math.max(lastRow, outcome.row());
            if (outcome instanceof ImportOutcome.Accepted row) {
                accepted.add(row.record());
            } else if (outcome instanceof ImportOutcome.Rejected rejected) {
                refused.add(rejected);
            }
        }
        StoredRows stored = accepted.isEmpty()
                ? new StoredRows(0, 0)
                : handlers.require(job.getKind()).store(accepted, RowHandlers.settings(job));
        storeErrors(job, refused);
        job.chunkDone(lastRow, stored.imported(), stored.duplicates(), refused.size(), Instant.now());
    }

    /** Keeps the refused rows' reasons (up to MAX_ERRORS_KEPT); a repeated chunk replaces its own. */
    private void storeErrors(FileImport job, List<ImportOutcome.Rejected> refused) throws SQLException {
        long room = Math.max(0, MAX_ERRORS_KEPT - job.getRowsFailed());
        if (refused.isEmpty() || room == 0) {
            return;
        }
        List<Object[]> rows = refused.stream()
                .limit(room)
                .map(r -> new Object[] {
                    job.getId(),
                    r.row(),
                    r.column(),
                    shortened(r.reason().text()),
                    r.reason().key(),
                    r.reason().argsJson()
                })
                .toList();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement stale = connection.prepareStatement(
                        "delete from file_import_error where import_id = ? and row_number between ? and ?")) {
            stale.setLong(1, job.getId());
            stale.setLong(2, refused.get(0).row());
            stale.setLong(3, refused.get(refused.size() - 1).row());
            stale.executeUpdate();
            BulkInsert.rows(
                    connection,
                    "file_import_error",
                    List.of("import_id", "row_number", "column_name", "reason", "reason_key", "reason_args"),
                    rows);
        }
    }

    private static String shortened(String reason) {
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }
}
