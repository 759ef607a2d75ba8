package dev.gemba.finding.control;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.finding.boundary.EvidenceEntry;
import dev.gemba.finding.entity.EvidenceKind;
import dev.gemba.finding.entity.FindingEvidence;
import dev.gemba.platform.control.SqlValues;

/**
 * Reads linked evidence as it is now from its own tables, one query per kind: a corrected
 * sentiment or an edited touchpoint summary shows up here at once.
 */
@Dependent
public class EvidenceReader {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    /** What each item says now, by kind and item id. */
    private record Shown(String text, String sentiment, Instant at, String unit) {}

    public List<EvidenceEntry> read(List<FindingEvidence> evidence) {
        Map<Long, Shown> feedback = rows(
                evidence,
                EvidenceKind.FEEDBACK,
                "select f.id, f.text, coalesce(f.corrected_sentiment, f.sentiment), f.received_at, b.name"
                        + " from feedback f left join business_unit b on b.id = f.business_unit_id where f.id in (:ids)");
        Map<Long, Shown> responses = rows(
                evidence,
                EvidenceKind.SURVEY_RESPONSE,
                "select r.id, concat(s.name, ': CSAT ', coalesce(cast(r.csat as varchar(4)), '–'), ', NPS ',"
                        + " coalesce(cast(r.nps as varchar(4)), '–'), ', CES ', coalesce(cast(r.ces as varchar(4)), '–')),"
                        + " cast(null as varchar(10)), r.submitted_at, b.name from survey_response r join survey s"
                        + " on s.id = r.survey_id left join business_unit b on b.id = r.business_unit_id where r.id in (:ids)");
        Map<Long, Shown> touchpoints = rows(
                evidence,
                EvidenceKind.TOUCHPOINT,
                "select t.id, t.summary, cast(null as varchar(10)), t.occurred_at, b.name from touchpoint t"
                        + " join business_unit b on b.id = t.business_unit_id where t.id in (:ids)");
        Map<Long, String> units = unitNames(evidence);
        return evidence.stream()
                .map(e -> switch (e.getKind()) {
                    case FEEDBACK -> entry(e, e.getFeedbackId(), feedback.get(e.getFeedbackId()));
                    case SURVEY_RESPONSE -> entry(e, e.getSurveyResponseId(), responses.get(e.getSurveyResponseId()));
                    case TOUCHPOINT -> entry(e, e.getTouchpointId(), touchpoints.get(e.getTouchpointId()));
                    case COVERAGE_GAP -> entry(
                            e, null, new Shown(e.getGapPhase(), null, null, units.get(e.getGapBusinessUnitId())));
                })
                .toList();
    }

    private static EvidenceEntry entry(FindingEvidence e, Long itemId, Shown shown) {
        Shown s = shown == null ? new Shown(null, null, null, null) : shown;
        return new EvidenceEntry(
                e.getId(),
                e.getKind(),
                itemId,
                s.text(),
                s.sentiment(),
                s.at(),
                s.unit(),
                e.getLinkedBy(),
                e.getLinkedAt());
    }

    private Map<Long, Shown> rows(List<FindingEvidence> evidence, EvidenceKind kind, String sql) {
        List<Long> ids = evidence.stream()
                .filter(e -> e.getKind() == kind)
                .map(e -> switch (kind) {
                    case FEEDBACK -> e.getFeedbackId();
                    case SURVEY_RESPONSE -> e.getSurveyResponseId();
                    case TOUCHPOINT -> e.getTouchpointId();
                    case COVERAGE_GAP -> null;
                })
                .toList();
        Map<Long, Shown> shown = new HashMap<>();
        if (ids.isEmpty()) {
            return shown;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            shown.put(
                    ((Number) r[0]).longValue(),
                    new Shown((String) r[1], (String) r[2], SqlValues.instant(r[3]), (String) r[4]));
        }
        return shown;
    }

    private Map<Long, String> unitNames(List<FindingEvidence> evidence) {
        List<Long> ids = evidence.stream()
                .map(FindingEvidence::getGapBusinessUnitId)
                .filter(java.util.Objects::nonNull)
                .toList();
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, name from business_unit where id in (:ids)")
                    .setParameter("ids", ids)
                    .getResultList();
            rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        }
        return names;
    }
}
