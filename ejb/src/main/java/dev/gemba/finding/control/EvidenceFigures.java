package dev.gemba.finding.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import dev.gemba.finding.boundary.TierCount;
import dev.gemba.finding.boundary.Verbatim;
import dev.gemba.platform.control.SqlValues;

/**
 * The figures of a finding's evidence feedback, read in one pass: the evidence (linked feedback and
 * what the saved query matches) is selected once, its items, people, business units and tiers are
 * counted from those rows, and the same statement returns the texts of the verbatims' candidates only.
 * Linked survey responses, touchpoints and coverage gaps add their people, units and tiers from one
 * small query, run only when the finding has such links.
 */
@Dependent
public class EvidenceFigures {

    static final int VERBATIMS = 5;
    static final int VERBATIM_LENGTH = 400;
    /** Candidates read with their text: enough for five distinct ones among repeated texts. */
    static final int CANDIDATES = VERBATIMS * 10;

    /** The verbatims' order: the most confidently classified first, then the newest. */
    private static final String VERBATIM_ORDER =
            "order by coalesce(e.sentiment_confidence, -1) desc, e.received_at desc, e.id desc";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    /** What the impact shows of the evidence. */
    public record Figures(
            long feedbackItems, long people, long businessUnits, List<TierCount> tiers, List<Verbatim> verbatims) {}

    /** One evidence feedback item; its text and sentiment only for the verbatims' candidates. */
    private record Row(
            long id,
            String person,
            Long unit,
            String tier,
            Double confidence,
            Instant receivedAt,
            String text,
            String sentiment) {}

    /**
     * @param evidence SQL selecting the evidence feedback's ids, with its parameters in {@code params}
     * @param otherLinks whether the finding links survey responses, touchpoints or coverage gaps
     */
    public Figures of(String evidence, Map<String, Object> params, long findingId, boolean otherLinks) {
        // one pass; the texts only of the first candidates in the verbatims' order (a window over the
        // same sort the rows come back in), so a broad finding does not ship thousands of texts
        @SuppressWarnings("unchecked")
        List<Object[]> result = bind(
                        em.createNativeQuery("select e.id, lower(coalesce(e.contact_email, e.contact_name)),"
                                + " e.business_unit_id, e.support_tier, e.sentiment_confidence, e.received_at,"
                                + " case when row_number() over (" + VERBATIM_ORDER + ") <= " + CANDIDATES
                                + " then e.text end, e.effective_sentiment from feedback e where e.id in ("
                                + evidence + ") " + VERBATIM_ORDER),
                        params)
                .getResultList();
        List<Row> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(new Row(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(),
                    (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).doubleValue(),
                    SqlValues.instant(r[5]),
                    (String) r[6],
                    (String) r[7]));
        }
        Set<String> people = new HashSet<>();
        Set<Long> units = new HashSet<>();
        Map<String, Long> tiers = new TreeMap<>();
        for (Row r : rows) {
            addIf(people, r.person());
            addIf(units, r.unit());
            if (r.tier() != null) {
                tiers.merge(r.tier(), 1L, Long::sum);
            }
        }
        if (otherLinks) {
            otherLinks(findingId, people, units, tiers);
        }
        return new Figures(
                rows.size(),
                people.size(),
                units.size(),
                tiers.entrySet().stream()
                        .map(e -> new TierCount(e.getKey(), e.getValue()))
                        .toList(),
                verbatims(rows));
    }

    /** People, units and tiers of linked survey responses, touchpoints and coverage gaps. */
    private void otherLinks(long findingId, Set<String> people, Set<Long> units, Map<String, Long> tiers) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select i.person_key, r.business_unit_id, r.support_tier"
                        + " from survey_response r join finding_evidence le on le.survey_response_id = r.id"
                        + " and le.finding_id = :finding left join survey_invitation i on i.id = r.invitation_id"
                        + " union all select cast(null as varchar(254)), t.business_unit_id, cast(null as varchar(4))"
                        + " from touchpoint t join finding_evidence le on le.touchpoint_id = t.id"
                        + " and le.finding_id = :finding"
                        + " union all select cast(null as varchar(254)), le.gap_business_unit_id,"
                        + " cast(null as varchar(4)) from finding_evidence le where le.finding_id = :finding"
                        + " and le.gap_business_unit_id is not null")
                .setParameter("finding", findingId)
                .getResultList();
        for (Object[] r : rows) {
            addIf(people, (String) r[0]);
            addIf(units, r[1] == null ? null : ((Number) r[1]).longValue());
            if (r[2] != null) {
                tiers.merge((String) r[2], 1L, Long::sum);
            }
        }
    }

    /** Distinct texts, the most confidently classified first, then the newest (the rows' order). */
    private static List<Verbatim> verbatims(List<Row> rows) {
        Set<String> seen = new HashSet<>();
        List<Verbatim> verbatims = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(rows.size(), CANDIDATES))) {
            String text = r.text();
            if (verbatims.size() < VERBATIMS
                    && seen.add(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
                verbatims.add(new Verbatim(
                        r.id(),
                        text.length() <= VERBATIM_LENGTH ? text : text.substring(0, VERBATIM_LENGTH - 1) + "…",
                        r.sentiment(),
                        r.confidence(),
                        r.receivedAt()));
            }
        }
        return verbatims;
    }

    private static <T> void addIf(Set<T> set, T value) {
        if (value != null) {
            set.add(value);
        }
    }

    /** Binds the parameters the SQL names; Hibernate refuses parameters a query does not have. */
    static Query bind(Query query, Map<String, Object> params) {
        for (var p : query.getParameters()) {
            if (p.getName() != null && params.containsKey(p.getName())) {
                query.setParameter(p.getName(), params.get(p.getName()));
            }
        }
        return query;
    }
}
