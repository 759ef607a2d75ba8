package dev.gemba.analysis.boundary;

import java.util.List;

import jakarta.persistence.EntityManager;

import dev.gemba.analysis.entity.AnalysisStatus;

/**
 * The two queries behind {@link AnalysedTexts#countOutdated} and {@link AnalysedTexts#outdated}
 * for a kind whose entity keeps its analysis status and model version in the given JPQL paths
 * (relative to the entity, e.g. {@code analysisStatus} or {@code notesAnalysis.status}).
 */
public record OutdatedAnalyses(String entity, String statusPath, String versionPath) {

    public long count(EntityManager em, String modelVersion) {
        return em.createQuery("select count(e) from " + entity + " e where " + outdated(), Long.class)
                .setParameter("analysed", AnalysisStatus.ANALYSED)
                .setParameter("version", modelVersion)
                .getSingleResult();
    }

    public List<Long> ids(EntityManager em, String modelVersion, long afterId, int max) {
        return em.createQuery(
                        "select e.id from " + entity + " e where e.id > :last and " + outdated() + " order by e.id",
                        Long.class)
                .setParameter("last", afterId)
                .setParameter("analysed", AnalysisStatus.ANALYSED)
                .setParameter("version", modelVersion)
                .setMaxResults(max)
                .getResultList();
    }

    private String outdated() {
        return "e." + statusPath + " = :analysed and (e." + versionPath + " is null or e." + versionPath
                + " <> :version)";
    }
}
