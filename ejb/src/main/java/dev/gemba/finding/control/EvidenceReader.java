package dev.gemba.finding.control;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.finding.boundary.EvidenceEntry;
import dev.gemba.finding.entity.EvidenceKind;
import dev.gemba.platform.control.SqlValues;

/**
 * Reads a finding's linked evidence as it is now from its own tables: a corrected sentiment or an
 * edited touchpoint summary shows up here at once. One statement for every kind (each link names
 * one item, so the outer joins yield one row per link), which also gives the impact its counts by
 * kind and the span of the linked feedback without another round trip.
 */
@Dependent
public class EvidenceReader {

    /** Newest link first, as the finding page lists them. */
    private static final String EVIDENCE = "select e.id, e.kind, coalesce(e.feedback_id, e.survey_response_id,"
            + " e.touchpoint_id), coalesce(f.text, case when r.id is not null then concat(s.name, ': CSAT ',"
            + " coalesce(cast(r.csat as varchar(4)), '–'), ', NPS ', coalesce(cast(r.nps as varchar(4)), '–'),"
            + " ', CES ', coalesce(cast(r.ces as varchar(4)), '–')) end, t.summary, e.gap_phase),"
            + " f.effective_sentiment, coalesce(f.received_at, r.submitted_at, t.occurred_at), b.name,"
            + " e.linked_by, e.linked_at from finding_evidence e"
            + " left join feedback f on f.id = e.feedback_id"
            + " left join survey_response r on r.id = e.survey_response_id"
            + " left join survey s on s.id = r.survey_id"
            + " left join touchpoint t on t.id = e.touchpoint_id"
            + " left join business_unit b on b.id = coalesce(f.business_unit_id, r.business_unit_id,"
            + " t.business_unit_id, e.gap_business_unit_id)"
            + " where e.finding_id = :finding order by e.linked_at desc, e.id desc";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    /** The finding's evidence as stored now (pending changes must be flushed first). */
    public List<EvidenceEntry> read(long findingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(EVIDENCE)
                .setParameter("finding", findingId)
                .getResultList();
        return rows.stream()
                .map(r -> new EvidenceEntry(
                        ((Number) r[0]).longValue(),
                        EvidenceKind.valueOf((String) r[1]),
                        r[2] == null ? null : ((Number) r[2]).longValue(),
                        (String) r[3],
                        (String) r[4],
                        SqlValues.instant(r[5]),
                        (String) r[6],
                        (String) r[7],
                        SqlValues.instant(r[8])))
                .toList();
    }
}
