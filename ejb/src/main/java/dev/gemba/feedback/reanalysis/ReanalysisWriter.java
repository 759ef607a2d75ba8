package dev.gemba.feedback.reanalysis;

import java.time.Instant;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.feedback.control.FeedbackAnalysisHandler;
import dev.gemba.platform.queue.WorkQueue;

/**
 * Queues a chunk of items for analysis and records the run's progress in the same transaction.
 * The old analysis stays visible until the new one replaces it.
 */
@Named("feedbackReanalysisWriter")
@Dependent
public class ReanalysisWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @EJB
    WorkQueue queue;

    @Override
    public void writeItems(List<Object> items) {
        FeedbackReanalysis run = em.find(FeedbackReanalysis.class, Long.parseLong(runId));
        long last = run.getLastFeedbackId();
        List<Long> ids = new java.util.ArrayList<>(items.size());
        for (Object item : items) {
            long id = (Long) item;
            ids.add(id);
            last = Math.max(last, id);
        }
        queue.enqueueAll(FeedbackAnalysisHandler.KIND, ids);
        run.chunkDone(last, items.size(), Instant.now());
    }
}
