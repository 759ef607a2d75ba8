package dev.gemba.survey.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.security.entity.Role;
import dev.gemba.survey.control.ScoreMath;
import dev.gemba.survey.entity.QuestionType;

/**
 * CSAT, NPS, CES and response rates by survey, service, business unit, support tier, lifecycle
 * phase or month, each with its count and 95% confidence interval. Aggregated in the database
 * from the headline score columns, one query for answers and one for invitations.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class SurveyScoreService {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public List<ScoreRow> scores(ScoreQuery query) {
        if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
            throw new InvalidInputException("to", text("range.to-before-from"));
        }
        Map<String, Invited> invitations = invitationCounts(query);
        Map<String, ScoreRow> rows = new LinkedHashMap<>();
        for (Object[] r : answerAggregates(query)) {
            String key = key(r[0], query.by());
            Invited inv = invitations.getOrDefault(key, new Invited(key, 0, 0));
            rows.put(
                    key,
                    new ScoreRow(
                            key,
                            label(r[1], key),
                            n(r[2]),
                            ScoreMath.share(n(r[4]), n(r[3])),
                            ScoreMath.nps(n(r[6]), n(r[7]), n(r[5])),
                            ScoreMath.mean(n(r[8]), d(r[9]), d(r[10]), QuestionType.CES.min(), QuestionType.CES.max()),
                            inv.invited(),
                            inv.answered(),
                            ScoreMath.share(inv.answered(), inv.invited())));
        }
        // invited but nobody answered yet: a row with a response rate of 0
        invitations.forEach((key, inv) -> rows.computeIfAbsent(
                key,
                k -> new ScoreRow(
                        k,
                        inv.label(),
                        0,
                        Score.EMPTY,
                        Score.EMPTY,
                        Score.EMPTY,
                        inv.invited(),
                        inv.answered(),
                        ScoreMath.share(inv.answered(), inv.invited()))));
        List<ScoreRow> result = new ArrayList<>(rows.values());
        if (query.by() == ScoreDimension.MONTH) {
            result.sort(java.util.Comparator.comparing(ScoreRow::key));
        } else {
            result.sort(java.util.Comparator.comparing(ScoreRow::responses)
                    .reversed()
                    .thenComparing(ScoreRow::label));
        }
        return result;
    }

    private record Invited(String label, long invited, long answered) {}

    private List<Object[]> answerAggregates(ScoreQuery q) {
        String[] dim = dimension(q.by(), "r", "r.submittedAt");
        String jpql = "select " + dim[0] + ", " + dim[1] + ", count(r), count(r.csat), "
                + "sum(case when r.csat >= 4 then 1 else 0 end), count(r.nps), "
                + "sum(case when r.nps >= 9 then 1 else 0 end), sum(case when r.nps <= 6 then 1 else 0 end), "
                + "count(r.ces), sum(r.ces * 1.0), sum(r.ces * r.ces * 1.0) "
                + "from SurveyResponse r left join r.scope.service s left join r.scope.businessUnit b join r.survey v "
                + where(q, "r.submittedAt") + " group by " + dim[0] + ", " + dim[1];
        return bind(em.createQuery(jpql, Object[].class), q).getResultList();
    }

    private Map<String, Invited> invitationCounts(ScoreQuery q) {
        String[] dim = dimension(q.by(), "r", "r.createdAt");
        String jpql = "select " + dim[0] + ", " + dim[1] + ", count(r), "
                + "sum(case when r.status = dev.gemba.survey.entity.InvitationStatus.ANSWERED then 1 else 0 end) "
                + "from SurveyInvitation r left join r.scope.service s left join r.scope.businessUnit b join r.survey v "
                + where(q, "r.createdAt") + " and r.status <> dev.gemba.survey.entity.InvitationStatus.SKIPPED"
                + " group by " + dim[0] + ", " + dim[1];
        Map<String, Invited> counts = new LinkedHashMap<>();
        for (Object[] r : bind(em.createQuery(jpql, Object[].class), q).getResultList()) {
            String key = key(r[0], q.by());
            counts.put(key, new Invited(label(r[1], key), n(r[2]), n(r[3])));
        }
        return counts;
    }

    /** The key and label expressions of a dimension. */
    private static String[] dimension(ScoreDimension by, String alias, String time) {
        return switch (by) {
                // survey titles in the caller's language, as pages show them (the API keeps English)
            case SURVEY -> new String[] {
                "v.id", "de".equals(CallerLocale.current().getLanguage()) ? "coalesce(v.nameDe, v.name)" : "v.name"
            };
            case SERVICE -> new String[] {"s.id", "s.name"};
            case BUSINESS_UNIT -> new String[] {"b.id", "b.name"};
            case TIER -> new String[] {alias + ".tier", alias + ".tier"};
            case PHASE -> new String[] {alias + ".scope.phase", alias + ".scope.phase"};
            case MONTH -> {
                String month = "extract(year from " + time + ") * 100 + extract(month from " + time + ")";
                yield new String[] {month, month};
            }
        };
    }

    private static String where(ScoreQuery q, String time) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (q.from() != null) {
            where.append(" and ").append(time).append(" >= :from");
        }
        if (q.to() != null) {
            where.append(" and ").append(time).append(" < :to");
        }
        if (q.surveyId() != null) {
            where.append(" and v.id = :survey");
        }
        if (q.serviceId() != null) {
            where.append(" and s.id = :service");
        }
        if (q.businessUnitId() != null) {
            where.append(" and b.id = :unit");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ScoreQuery q) {
        if (q.from() != null) {
            query.setParameter("from", q.from());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to());
        }
        if (q.surveyId() != null) {
            query.setParameter("survey", q.surveyId());
        }
        if (q.serviceId() != null) {
            query.setParameter("service", q.serviceId());
        }
        if (q.businessUnitId() != null) {
            query.setParameter("unit", q.businessUnitId());
        }
        return query;
    }

    private static String key(Object value, ScoreDimension by) {
        if (value == null) {
            return "none";
        }
        if (by == ScoreDimension.MONTH) {
            long month = ((Number) value).longValue(); // yyyyMM
            return String.format("%d-%02d", month / 100, month % 100);
        }
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    private static String label(Object value, String key) {
        return value == null ? "none" : value instanceof String s ? s : key;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double d(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
