package dev.gemba.analysis.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.analysis.entity.Reanalysis;
import dev.gemba.platform.queue.WorkQueue;

/**
 * Queues a chunk of texts for analysis and records the run's progress in the same transaction.
 * The old analysis stays visible until the new one replaces it.
 */
@Named("textReanalysisWriter")
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
        Reanalysis run = em.find(Reanalysis.class, Long.parseLong(runId));
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        ReanalysisReader.Subject last = null;
        for (Object item : items) {
            last = (ReanalysisReader.Subject) item;
            byKind.computeIfAbsent(last.kind(), k -> new ArrayList<>()).add(last.id());
        }
        byKind.forEach((kind, ids) -> queue.enqueueAll(AnalysisWork.queueKind(kind), ids));
        if (last != null) {
            run.chunkDone(last.kind(), last.id(), items.size(), Instant.now());
        }
    }
}
