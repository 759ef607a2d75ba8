package dev.gemba.feedback.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.analysis.boundary.AnalysedTexts;
import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.analysis.boundary.OutdatedAnalyses;

/** Feedback texts (survey answers among them) as the analysis sees them; results are stored with the item. */
@Stateless
public class FeedbackTexts implements AnalysedTexts {

    public static final String KIND = "feedback";

    private static final OutdatedAnalyses OUTDATED = new OutdatedAnalyses("Feedback", "analysisStatus", "modelVersion");

    @Inject
    FeedbackRepository feedback;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    /** Loads the items with their topics in one query, so that storing the results needs no more reads. */
    @Override
    public Map<Long, String> texts(List<Long> ids) {
        Map<Long, String> texts = new LinkedHashMap<>();
        feedback.findAllWithTopics(ids).forEach(f -> texts.put(f.getId(), f.getText()));
        return texts;
    }

    @Override
    public void analysed(long id, AnalysisResult result) {
        feedback.find(id).ifPresent(item -> item.analysed(result));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        feedback.find(id).ifPresent(item -> item.analysisFailed(error));
    }

    @Override
    public long countOutdated(String modelVersion) {
        return OUTDATED.count(em, modelVersion);
    }

    @Override
    public List<Long> outdated(String modelVersion, long afterId, int max) {
        return OUTDATED.ids(em, modelVersion, afterId, max);
    }
}
