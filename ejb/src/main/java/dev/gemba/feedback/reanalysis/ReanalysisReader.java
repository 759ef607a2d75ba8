package dev.gemba.feedback.reanalysis;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.feedback.entity.AnalysisStatus;

/**
 * Reads the ids of analysed items whose model version is not the run's, in id order, a page at a
 * time (keyset paging, so memory stays flat). Restart point: the run's committed lastFeedbackId.
 */
@Named("feedbackReanalysisReader")
@Dependent
public class ReanalysisReader extends AbstractItemReader {

    static final int PAGE = 500;

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    private String modelVersion;
    private long lastId;
    private final Deque<Long> page = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        FeedbackReanalysis run = em.find(FeedbackReanalysis.class, Long.parseLong(runId));
        modelVersion = run.getModelVersion();
        lastId = checkpoint instanceof Long id ? id : run.getLastFeedbackId();
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(em.createQuery(
                            "select f.id from Feedback f where f.id > :last and f.analysisStatus = :analysed"
                                    + " and (f.modelVersion is null or f.modelVersion <> :version) order by f.id",
                            Long.class)
                    .setParameter("last", lastId)
                    .setParameter("analysed", AnalysisStatus.ANALYSED)
                    .setParameter("version", modelVersion)
                    .setMaxResults(PAGE)
                    .getResultList());
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
