package dev.gemba.importing.control;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records how the import job ended and removes the file of a finished import. */
@Named("importListener")
@Dependent
public class ImportJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    JobContext job;

    @Inject
    ImportProgress progress;

    @Override
    public void afterJob() {
        long id = Long.parseLong(importId);
        if (job.getBatchStatus() == BatchStatus.COMPLETED) {
            progress.finished(id, null, Instant.now());
        } else if (job.getBatchStatus() == BatchStatus.FAILED) {
            String reason = "the import stopped: " + job.getExitStatus();
            LOG.warning(() -> "Import " + id + " failed: " + job.getExitStatus());
            progress.finished(id, reason, Instant.now());
        }
        // STOPPED (server shutting down): left RUNNING, so that it is resumed
    }
}
