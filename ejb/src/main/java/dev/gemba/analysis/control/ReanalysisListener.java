package dev.gemba.analysis.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.analysis.boundary.ReanalysisService;

/** Records how a re-analysis run ended; a stopped run stays RUNNING and is resumed. */
@Named("textReanalysisListener")
@Dependent
public class ReanalysisListener extends AbstractJobListener {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @Inject
    JobContext job;

    @EJB
    ReanalysisService runs;

    @Override
    public void afterJob() {
        if (job.getBatchStatus() == BatchStatus.COMPLETED || job.getBatchStatus() == BatchStatus.FAILED) {
            runs.finished(Long.parseLong(runId), job.getBatchStatus() == BatchStatus.COMPLETED);
        }
    }
}
