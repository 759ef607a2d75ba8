package dev.gemba.analysis.boundary;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.analysis.control.AnalysisWork;
import dev.gemba.analysis.control.TextAnalysis;
import dev.gemba.platform.queue.WorkQueue;

/**
 * Where features ask for texts to be analysed: the request is queued durably with the caller's
 * transaction, and the {@link AnalysedTexts} of the kind is told when the result is there.
 */
@Stateless
public class TextAnalysisService {

    @EJB
    WorkQueue queue;

    @Inject
    TextAnalysis analysis;

    /** Analyses the text of one subject of the kind, after the caller's transaction commits. */
    public void request(String kind, long id) {
        queue.enqueue(AnalysisWork.queueKind(kind), id);
    }

    /** As {@link #request} for many subjects, in one insert. */
    public void requestAll(String kind, List<Long> ids) {
        queue.enqueueAll(AnalysisWork.queueKind(kind), ids);
    }

    /** Analyses a subject again now, also when an earlier attempt gave up. */
    public void retry(String kind, long id) {
        queue.retry(AnalysisWork.queueKind(kind), id);
    }

    /** The version of the models in use, as results they produce carry it. */
    public String modelVersion() {
        return analysis.modelVersion();
    }

    /** The topics the models in use can assign. */
    public List<String> topics() {
        return analysis.topics();
    }
}
