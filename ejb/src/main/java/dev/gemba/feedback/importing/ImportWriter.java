package dev.gemba.feedback.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.control.FeedbackIntake;
import dev.gemba.feedback.entity.FeedbackImport;
import dev.gemba.platform.control.BulkInsert;

/**
 * Stores a chunk in the chunk's transaction: new items (with their analysis queued), refused rows
 * with their reasons, and the import's progress, so that all three commit or roll back together.
 * Items whose external id is already stored are counted as duplicates and left alone; the
 * database decides (a unique key), so a chunk needs no lookup of the ids it carries.
 */
@Named("feedbackImportWriter")
@Dependent
public class ImportWriter extends AbstractItemWriter {

    /** Enough to fix a file; the count of refused rows is always complete. */
    static final long MAX_ERRORS_KEPT = 10_000;

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @EJB
    FeedbackIntake intake;

    @Resource(lookup = "java:jboss/datasources/GembaDS")
    DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws SQLException {
        FeedbackImport job = em.find(FeedbackImport.class, Long.parseLong(importId));
        Set<String> inChunk = new HashSet<>();
        long lastRow = job.getRowsRead();
        long repeated = 0;
        List<FeedbackForm> candidates = new ArrayList<>();
        List<ImportOutcome.Rejected> refused = new ArrayList<>();
        for (Object item : items) {
            ImportOutcome outcome = (ImportOutcome) item;
            lastRow = Math.max(lastRow, outcome.row());
            if (outcome instanceof ImportOutcome.Accepted accepted) {
                if (inChunk.add(accepted.form().externalId())) {
                    candidates.add(accepted.form());
                } else {
                    repeated++;
                }
            } else if (outcome instanceof ImportOutcome.Rejected rejected) {
                refused.add(rejected);
            }
        }
        long imported = intake.storeAll(candidates, job.getCreatedBy());
        long duplicates = repeated + candidates.size() - imported;
        storeErrors(job, refused);
        job.chunkDone(lastRow, imported, duplicates, refused.size(), Instant.now());
    }

    /** Keeps the refused rows' reasons (up to MAX_ERRORS_KEPT); a repeated chunk replaces its own. */
    private void storeErrors(FeedbackImport job, List<ImportOutcome.Rejected> refused) throws SQLException {
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
                        "delete from feedback_import_error where import_id = ? and row_number between ? and ?")) {
            stale.setLong(1, job.getId());
            stale.setLong(2, refused.get(0).row());
            stale.setLong(3, refused.get(refused.size() - 1).row());
            stale.executeUpdate();
            BulkInsert.rows(
                    connection,
                    "feedback_import_error",
                    List.of("import_id", "row_number", "column_name", "reason", "reason_key", "reason_args"),
                    rows);
        }
    }

    private static String shortened(String reason) {
        return reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }
}
