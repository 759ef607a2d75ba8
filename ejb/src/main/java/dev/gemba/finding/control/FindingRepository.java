package dev.gemba.finding.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import dev.gemba.finding.boundary.FindingQuery;
import dev.gemba.finding.entity.Finding;
import dev.gemba.platform.boundary.PageRequest;

/** Findings by id and by filter, newest first. */
@Dependent
public class FindingRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<Finding> find(long id) {
        return Optional.ofNullable(em.find(Finding.class, id));
    }

    /** A finding with its service and business unit in the same statement (the page shows their names). */
    public Optional<Finding> findWithScope(long id) {
        return em.createQuery(
                        "select f from Finding f left join fetch f.service left join fetch f.businessUnit"
                                + " where f.id = :id",
                        Finding.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The finding an evidence link belongs to. */
    public Optional<Finding> findByEvidence(long evidenceId) {
        return em.createQuery("select e.finding from FindingEvidence e where e.id = :id", Finding.class)
                .setParameter("id", evidenceId)
                .getResultStream()
                .findFirst();
    }

    public List<Finding> search(FindingQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var cq = cb.createQuery(Finding.class);
        Root<Finding> root = cq.from(Finding.class);
        // the list shows each finding's service and unit: read with it, not one query each
        root.fetch("service", JoinType.LEFT);
        root.fetch("businessUnit", JoinType.LEFT);
        cq.where(filter(cb, root, query));
        cq.orderBy(cb.desc(root.get("createdAt")), cb.desc(root.get("id")));
        return em.createQuery(cq)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(FindingQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var cq = cb.createQuery(Long.class);
        Root<Finding> root = cq.from(Finding.class);
        cq.select(cb.count(root)).where(filter(cb, root, query));
        return em.createQuery(cq).getSingleResult();
    }

    private static Predicate[] filter(CriteriaBuilder cb, Root<Finding> root, FindingQuery q) {
        List<Predicate> where = new ArrayList<>();
        if (q.serviceId() != null) {
            where.add(cb.equal(root.get("service").get("id"), q.serviceId()));
        }
        if (q.businessUnitId() != null) {
            where.add(cb.equal(root.get("businessUnit").get("id"), q.businessUnitId()));
        }
        if (q.status() != null) {
            where.add(cb.equal(root.get("status"), q.status()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String like = "%"
                    + q.text()
                            .strip()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("title")), like, '\\'),
                    cb.like(cb.lower(root.get("statement")), like, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    public Finding store(Finding finding) {
        em.persist(finding);
        return finding;
    }

    public void remove(Finding finding) {
        em.remove(finding);
    }

    public void flush() {
        em.flush();
    }

    /** Which of these feedback ids exist. */
    public List<Long> existingFeedback(List<Long> ids) {
        return existing("feedback", ids);
    }

    public boolean exists(String table, long id) {
        return !existing(table, List.of(id)).isEmpty();
    }

    private List<Long> existing(String table, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("select id from " + table + " where id in (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        return found.stream().map(Number::longValue).toList();
    }
}
