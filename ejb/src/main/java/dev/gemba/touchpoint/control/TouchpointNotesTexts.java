package dev.gemba.touchpoint.control;

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

/** A touchpoint's notes (or its summary when it has no notes) as the analysis sees them. */
@Stateless
public class TouchpointNotesTexts implements AnalysedTexts {

    public static final String KIND = "touchpoint";

    private static final OutdatedAnalyses OUTDATED =
            new OutdatedAnalyses("Touchpoint", "notesAnalysis.status", "notesAnalysis.modelVersion");

    @Inject
    TouchpointRepository touchpoints;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<Long, String> texts(List<Long> ids) {
        Map<Long, String> texts = new LinkedHashMap<>();
        ids.forEach(id -> touchpoints.find(id).ifPresent(t -> texts.put(id, t.analysedText())));
        return texts;
    }

    @Override
    public void analysed(long id, AnalysisResult result) {
        touchpoints.find(id).ifPresent(touchpoint -> touchpoint.notesAnalysis().analysed(result));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(long id, String error) {
        touchpoints.find(id).ifPresent(t -> t.notesAnalysis().failed(error));
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
