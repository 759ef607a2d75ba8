package dev.gemba.it.analysis;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.analysis.entity.AnalysisStatus;

/** Makes stored analyses look as if an older model had produced them. */
@Stateless
@PermitAll
public class ModelAge {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public void analysedBy(String modelVersion, List<Long> feedbackIds) {
        em.createQuery("update Feedback f set f.modelVersion = :v where f.id in :ids")
                .setParameter("v", modelVersion)
                .setParameter("ids", feedbackIds)
                .executeUpdate();
    }

    /** A touchpoint whose notes the current model has analysed, made to look analysed by another one. */
    public Long ageAnalysedNotes(String modelVersion) {
        Long id = em.createQuery(
                        "select min(t.id) from Touchpoint t where t.notesAnalysis.status = :analysed", Long.class)
                .setParameter("analysed", AnalysisStatus.ANALYSED)
                .getSingleResult();
        if (id != null) {
            em.createQuery("update Touchpoint t set t.notesAnalysis.modelVersion = :v where t.id = :id")
                    .setParameter("v", modelVersion)
                    .setParameter("id", id)
                    .executeUpdate();
        }
        return id;
    }

    public String notesModelVersion(long touchpointId) {
        return em.createQuery("select t.notesAnalysis.modelVersion from Touchpoint t where t.id = :id", String.class)
                .setParameter("id", touchpointId)
                .getSingleResult();
    }
}
