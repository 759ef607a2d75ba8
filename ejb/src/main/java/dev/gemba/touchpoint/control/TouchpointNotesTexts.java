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
import dev.gemba.analysis.entity.AnalysisStatus;

/** A touchpoint's notes (or its summary when it has no notes) as the analysis sees them. */
@Stateless
public class TouchpointNotesTexts implements AnalysedTexts {

    public static final String KIND = "touchpoint";

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
        return em.createQuery(
                        "select count(t) from Touchpoint t where t.notesAnalysis.status = :analysed"
                                + " and (t.notesAnalysis.modelVersion is null"
                                + " or t.notesAnalysis.modelVersion <> :v)",
                        Long.class)
                .setParameter("analysed", AnalysisStatus.ANALYSED)
                .setParameter("v", modelVersion)
                .getSingleResult();
    }

    @Override
    public List<Long> outdated(String modelVersion, long afterId, int max) {
        return em.createQuery(
                        "select t.id from Touchpoint t where t.id > :last and t.notesAnalysis.status = :analysed"
                                + " and (t.notesAnalysis.modelVersion is null"
                                + " or t.notesAnalysis.modelVersion <> :version) order by t.id",
                        Long.class)
                .setParameter("last", afterId)
                .setParameter("analysed", AnalysisStatus.ANALYSED)
                .setParameter("version", modelVersion)
                .setMaxResults(max)
                .getResultList();
    }
}
