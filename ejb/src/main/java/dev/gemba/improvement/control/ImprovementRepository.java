package dev.gemba.improvement.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import dev.gemba.improvement.boundary.ImprovementQuery;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.ImprovementTransition;
import dev.gemba.improvement.entity.ScoreWeights;
import dev.gemba.platform.boundary.PageRequest;

/** Stores and finds improvement items; the register sorts by priority score, highest first. */
@Dependent
public class ImprovementRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<ImprovementItem> find(long id) {
        return Optional.ofNullable(em.find(ImprovementItem.class, id));
    }

    public ImprovementItem store(ImprovementItem item) {
        em.persist(item);
        return item;
    }

    public void record(ImprovementTransition transition) {
        em.persist(transition);
    }

    public void remove(ImprovementItem item) {
        em.remove(item);
    }

    public void flush() {
        em.flush();
    }

    /** The next CSI number: the counter row is locked until the transaction ends, so numbers have no gaps. */
    public int nextNumber() {
        Number last =
                (Number) em.createNativeQuery("select last_number from improvement_counter where id = 1 for update")
                        .getSingleResult();
        int next = last.intValue() + 1;
        em.createNativeQuery("update improvement_counter set last_number = ?1 where id = 1")
                .setParameter(1, next)
                .executeUpdate();
        return next;
    }

    /**
     * A page of the register straight into rows (no entities to load, track and check at commit),
     * each carrying the score's weights (the one weights row, joined) and the filter's total from a
     * subquery of the same statement: evaluated once, and unlike a window over the rows it leaves the
     * page to be read from the score index's head. One statement, so one round trip for the page.
     */
    public List<RegisterRow> register(ImprovementQuery query, PageRequest page) {
        String order =
                switch (page.sort() == null ? "score" : page.sort()) {
                    case "number" -> "i.number";
                    case "title" -> "lower(i.title)";
                    case "status" -> "i.status";
                    case "targetDate" -> "i.targetDate";
                    default -> "i.score";
                };
        boolean descending = page.sort() == null || page.descending();
        TypedQuery<RegisterRow> q = em.createQuery(
                "select new dev.gemba.improvement.control.RegisterRow(i.id, i.number, i.title, i.status, i.closure,"
                        + " i.type, i.effort, i.effortDays, i.owner, i.kpiKind, i.kpiTopic, ks.name, kb.name,"
                        + " i.kpiWindowDays, i.targetDate, i.baselineValue, i.deliveredAt, i.reachPeople, i.reachUnits, i.impactValue, i.evidenceN,"
                        + " i.evidenceSources, i.score, i.scoreComputedAt, i.version, w.reach, w.impact, w.confidence,"
                        + " w.effort, (select count(c) from ImprovementItem c" + where(query, "c") + "))"
                        + " from ImprovementItem i left join i.kpiService ks left join i.kpiBusinessUnit kb"
                        + " join ScoreWeights w on w.id = " + ScoreWeights.ID
                        + where(query) + " order by " + order + (descending ? " desc" : " asc") + ", i.id desc",
                RegisterRow.class);
        return bind(q, query)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(ImprovementQuery query) {
        return bind(em.createQuery("select count(i) from ImprovementItem i" + where(query), Long.class), query)
                .getSingleResult();
    }

    public List<ImprovementTransition> history(ImprovementItem item) {
        return em.createQuery(
                        "select t from ImprovementTransition t where t.item = :item order by t.occurredAt, t.id",
                        ImprovementTransition.class)
                .setParameter("item", item)
                .getResultList();
    }

    /** Items still worth scoring: everything not closed or rejected. */
    public List<Long> openIds() {
        return em.createQuery(
                        "select i.id from ImprovementItem i where i.status not in ("
                                + "dev.gemba.improvement.entity.ImprovementStatus.CLOSED,"
                                + " dev.gemba.improvement.entity.ImprovementStatus.REJECTED)",
                        Long.class)
                .getResultList();
    }

    public java.util.Optional<dev.gemba.improvement.entity.FindingLink> link(long itemId, long findingId) {
        return java.util.Optional.ofNullable(em.find(
                dev.gemba.improvement.entity.FindingLink.class,
                new dev.gemba.improvement.entity.FindingLink.Key(itemId, findingId)));
    }

    public void store(dev.gemba.improvement.entity.FindingLink link) {
        em.persist(link);
    }

    public void remove(dev.gemba.improvement.entity.FindingLink link) {
        em.remove(link);
    }

    public List<dev.gemba.improvement.entity.FindingLink> links(long itemId) {
        return em.createQuery(
                        "select l from FindingLink l where l.itemId = :item order by l.linkedAt, l.findingId",
                        dev.gemba.improvement.entity.FindingLink.class)
                .setParameter("item", itemId)
                .getResultList();
    }

    /** A manual KPI's values, oldest day first; entries of one day in the order they were entered. */
    public List<dev.gemba.improvement.entity.KpiValue> kpiValues(ImprovementItem item) {
        return em.createQuery(
                        "select v from KpiValue v where v.item = :item order by v.measuredOn, v.enteredAt, v.id",
                        dev.gemba.improvement.entity.KpiValue.class)
                .setParameter("item", item)
                .getResultList();
    }

    public void record(dev.gemba.improvement.entity.KpiValue value) {
        em.persist(value);
    }

    public long linkCount(long itemId) {
        return em.createQuery("select count(l) from FindingLink l where l.itemId = :item", Long.class)
                .setParameter("item", itemId)
                .getSingleResult();
    }

    public ScoreWeights weights() {
        return em.find(ScoreWeights.class, ScoreWeights.ID);
    }

    private static String where(ImprovementQuery q) {
        return where(q, "i");
    }

    /** The filter over items named {@code i} (the alias lets the register count in a subquery). */
    private static String where(ImprovementQuery q, String i) {
        List<String> c = new ArrayList<>();
        if (q.status() != null) {
            c.add(i + ".status = :status");
        }
        if (q.type() != null) {
            c.add(i + ".type = :type");
        }
        if (q.owner() != null && !q.owner().isBlank()) {
            c.add(i + ".owner = :owner");
        }
        if (q.serviceId() != null) {
            c.add("exists (select 1 from ImprovementItem j join j.services s where j = " + i + " and s.id = :service)");
        }
        if (q.businessUnitId() != null) {
            c.add("exists (select 1 from ImprovementItem j join j.businessUnits b where j = " + i
                    + " and b.id = :unit)");
        }
        if (q.text() != null && !q.text().isBlank()) {
            c.add(
                    number(q.text()) == null
                            ? "lower(" + i + ".title) like :text"
                            : "(lower(" + i + ".title) like :text or " + i + ".number = :number)");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    /** The CSI number a search text names ("CSI-0007", "0007", "7"), or null. */
    static Integer number(String text) {
        var m = java.util.regex.Pattern.compile("(?i)^\\s*(?:csi-)?0*(\\d{1,9})\\s*$")
                .matcher(text);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ImprovementQuery q) {
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        if (q.type() != null) {
            query.setParameter("type", q.type());
        }
        if (q.owner() != null && !q.owner().isBlank()) {
            query.setParameter("owner", q.owner().strip());
        }
        if (q.serviceId() != null) {
            query.setParameter("service", q.serviceId());
        }
        if (q.businessUnitId() != null) {
            query.setParameter("unit", q.businessUnitId());
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip().toLowerCase(Locale.ROOT);
            query.setParameter("text", "%" + text.replace("%", "").replace("_", "") + "%");
            if (number(q.text()) != null) {
                query.setParameter("number", number(q.text()));
            }
        }
        return query;
    }
}
