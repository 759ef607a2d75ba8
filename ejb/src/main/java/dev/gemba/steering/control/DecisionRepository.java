package dev.gemba.steering.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import dev.gemba.steering.boundary.DecisionQuery;
import dev.gemba.steering.entity.Decision;
import dev.gemba.steering.entity.DecisionKind;
import dev.gemba.steering.entity.Meeting;

/**
 * The decision log. Append-only: it stores and finds decisions and has no way to change or
 * remove one.
 */
@Dependent
public class DecisionRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Decision append(Decision decision) {
        em.persist(decision);
        em.flush();
        return decision;
    }

    public Optional<Decision> find(long id) {
        return Optional.ofNullable(em.find(Decision.class, id));
    }

    public List<Decision> search(DecisionQuery query, int offset, int size) {
        return bind(
                        em.createQuery(
                                "select d from Decision d join fetch d.meeting" + where(query)
                                        + " order by d.decidedAt desc, d.id desc",
                                Decision.class),
                        query)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(DecisionQuery query) {
        return bind(em.createQuery("select count(d) from Decision d" + where(query), Long.class), query)
                .getSingleResult();
    }

    public List<Decision> ofMeeting(Meeting meeting) {
        return em.createQuery(
                        "select d from Decision d where d.meeting = :m order by d.decidedAt, d.id", Decision.class)
                .setParameter("m", meeting)
                .getResultList();
    }

    public List<Decision> ofItem(long itemId) {
        return em.createQuery(
                        "select d from Decision d join fetch d.meeting where d.itemId = :i order by d.decidedAt, d.id",
                        Decision.class)
                .setParameter("i", itemId)
                .getResultList();
    }

    public boolean anyForPoint(long pointId) {
        return !em.createQuery("select d.id from Decision d where d.agendaPointId = :p", Long.class)
                .setParameter("p", pointId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** For each superseded decision, the decision that supersedes it. */
    public Map<Long, Long> supersessions() {
        Map<Long, Long> by = new HashMap<>();
        em.createQuery("select d.supersedes, d.id from Decision d where d.supersedes is not null", Object[].class)
                .getResultList()
                .forEach(r -> by.put((Long) r[0], (Long) r[1]));
        return by;
    }

    /** The priority override in force per item: the latest priority decision that nothing supersedes. */
    public Map<Long, Double> overrides() {
        Map<Long, Long> superseded = supersessions();
        Map<Long, Double> overrides = new HashMap<>();
        em
                .createQuery("select d from Decision d where d.kind = :k order by d.decidedAt, d.id", Decision.class)
                .setParameter("k", DecisionKind.CHANGE_PRIORITY)
                .getResultList()
                .stream()
                .filter(d -> !superseded.containsKey(d.getId()))
                .forEach(d -> overrides.put(d.getItemId(), d.getPriorityOverride()));
        return overrides;
    }

    /**
     * The deferral in force per item: the date of the latest deferral that nothing supersedes. A
     * deferred item comes back on its committees' agendas once that date has come.
     */
    public Map<Long, LocalDate> deferrals() {
        Map<Long, Long> superseded = supersessions();
        Map<Long, LocalDate> until = new HashMap<>();
        em
                .createQuery("select d from Decision d where d.kind = :k order by d.decidedAt, d.id", Decision.class)
                .setParameter("k", DecisionKind.DEFER)
                .getResultList()
                .stream()
                .filter(d -> !superseded.containsKey(d.getId()) && d.getDeferUntil() != null)
                .forEach(d -> until.put(d.getItemId(), d.getDeferUntil()));
        return until;
    }

    private static String where(DecisionQuery q) {
        List<String> c = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            c.add("(lower(d.itemTitle) like :text or lower(d.rationale) like :text or lower(d.itemNumber) like :text"
                    + " or lower(d.decidedBy) like :text)");
        }
        if (q.committeeId() != null) {
            c.add("d.committeeId = :committee");
        }
        if (q.itemId() != null) {
            c.add("d.itemId = :item");
        }
        if (q.kind() != null) {
            c.add("d.kind = :kind");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, DecisionQuery q) {
        if (q.text() != null && !q.text().isBlank()) {
            String text =
                    q.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
            query.setParameter("text", "%" + text + "%");
        }
        if (q.committeeId() != null) {
            query.setParameter("committee", q.committeeId());
        }
        if (q.itemId() != null) {
            query.setParameter("item", q.itemId());
        }
        if (q.kind() != null) {
            query.setParameter("kind", q.kind());
        }
        return query;
    }
}
