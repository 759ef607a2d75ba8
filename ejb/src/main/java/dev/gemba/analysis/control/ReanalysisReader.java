package dev.gemba.analysis.control;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.analysis.boundary.AnalysedTexts;
import dev.gemba.analysis.entity.Reanalysis;

/**
 * Reads the subjects whose analysis is by another model version than the run's: every kind of
 * analysed text in name order, each in id order, a page at a time (keyset paging, so memory stays
 * flat). Restart point: the run's committed kind and last id.
 */
@Named("textReanalysisReader")
@Dependent
public class ReanalysisReader extends AbstractItemReader {

    static final int PAGE = 500;

    /** One text to analyse again. */
    public record Subject(String kind, long id) implements Serializable {}

    @Inject
    @BatchProperty(name = "runId")
    String runId;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    AnalysisWork work;

    private String modelVersion;
    private final Deque<AnalysedTexts> kinds = new ArrayDeque<>();
    private long lastId;
    private final Deque<Long> page = new ArrayDeque<>();
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        Reanalysis run = em.find(Reanalysis.class, Long.parseLong(runId));
        modelVersion = run.getModelVersion();
        String kind = checkpoint instanceof Subject at ? at.kind() : run.getSubjectKind();
        lastId = checkpoint instanceof Subject at ? at.id() : run.getLastSubjectId();
        List<AnalysedTexts> all = new ArrayList<>(work.kinds().values());
        all.stream().filter(k -> kind == null || k.kind().compareTo(kind) >= 0).forEach(kinds::add);
        if (kind == null || kinds.isEmpty() || !kinds.peek().kind().equals(kind)) {
            lastId = 0; // the checkpoint's kind is no more: start the next one from its beginning
        }
    }

    @Override
    public Object readItem() {
        while (page.isEmpty() && !kinds.isEmpty()) {
            if (!exhausted) {
                page.addAll(kinds.peek().outdated(modelVersion, lastId, PAGE));
                exhausted = page.size() < PAGE;
            }
            if (page.isEmpty()) {
                kinds.poll();
                lastId = 0;
                exhausted = false;
            }
        }
        Long next = page.poll();
        if (next == null) {
            return null;
        }
        lastId = next;
        return new Subject(kinds.peek().kind(), next);
    }

    @Override
    public Serializable checkpointInfo() {
        return kinds.isEmpty() ? null : new Subject(kinds.peek().kind(), lastId);
    }
}
