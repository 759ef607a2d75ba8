package dev.gemba.feedback.importing;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.feedback.control.FeedbackIntake;
import dev.gemba.feedback.control.FeedbackRepository;
import dev.gemba.feedback.entity.FeedbackImport;
import dev.gemba.feedback.entity.FeedbackImportError;

/**
 * Stores a chunk in the chunk's transaction: new items (with their analysis queued), refused rows
 * with their reasons, and the import's progress, so that all three commit or roll back together.
 * Items whose external id is already stored are counted as duplicates and left alone.
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

    @Inject
    FeedbackRepository feedback;

    @Override
    public void writeItems(List<Object> items) {
        FeedbackImport job = em.find(FeedbackImport.class, Long.parseLong(importId));
        Set<String> ids = new HashSet<>();
        for (Object item : items) {
            if (item instanceof ImportOutcome.Accepted accepted) {
                ids.add(accepted.form().externalId());
            }
        }
        Set<String> seen = feedback.existingExternalIds(ids);
        long imported = 0;
        long duplicates = 0;
        long failed = 0;
        long lastRow = job.getRowsRead();
        List<dev.gemba.feedback.boundary.FeedbackForm> fresh = new java.util.ArrayList<>();
        for (Object item : items) {
            ImportOutcome outcome = (ImportOutcome) item;
            lastRow = Math.max(lastRow, outcome.row());
            if (outcome instanceof ImportOutcome.Accepted accepted) {
                if (seen.add(accepted.form().externalId())) {
                    fresh.add(accepted.form());
                    imported++;
                } else {
                    duplicates++;
                }
            } else if (outcome instanceof ImportOutcome.Rejected rejected) {
                if (job.getRowsFailed() + failed < MAX_ERRORS_KEPT
                        && em.find(FeedbackImportError.class, new FeedbackImportError.Key(job.getId(), rejected.row()))
                                == null) {
                    em.persist(
                            new FeedbackImportError(job.getId(), rejected.row(), rejected.column(), rejected.reason()));
                }
                failed++;
            }
        }
        intake.storeAll(fresh, job.getCreatedBy());
        job.chunkDone(lastRow, imported, duplicates, failed, Instant.now());
    }
}
