package dev.gemba.touchpoint.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.catalog.control.SortOrder;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.touchpoint.boundary.TouchpointQuery;
import dev.gemba.touchpoint.entity.Touchpoint;

/** Stores and searches touchpoints. */
@Dependent
public class TouchpointRepository {

    private static final Map<String, String> SORTABLE =
            Map.of("occurredAt", "occurredAt", "phase", "phase", "updatedAt", "updatedAt");

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<Touchpoint> find(long id) {
        return Optional.ofNullable(em.find(Touchpoint.class, id));
    }

    /** Newest first unless the page asks otherwise. */
    public List<Touchpoint> search(TouchpointQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Touchpoint> cq = cb.createQuery(Touchpoint.class);
        Root<Touchpoint> root = cq.from(Touchpoint.class);
        boolean defaultOrder = page.sort() == null || page.sort().isBlank();
        var order =
                defaultOrder ? cb.desc(root.get("occurredAt")) : SortOrder.of(cb, root, page, SORTABLE, "occurredAt");
        cq.where(filter(cb, cq, root, query)).orderBy(order, cb.desc(root.get("id")));
        return em.createQuery(cq)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(TouchpointQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Touchpoint> root = cq.from(Touchpoint.class);
        cq.select(cb.count(root)).where(filter(cb, cq, root, query));
        return em.createQuery(cq).getSingleResult();
    }

    private static Predicate[] filter(
            CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Touchpoint> root, TouchpointQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.phase() != null) {
            where.add(cb.equal(root.get("phase"), query.phase()));
        }
        if (query.typeId() != null) {
            where.add(cb.equal(root.get("type").get("id"), query.typeId()));
        }
        if (query.businessUnitId() != null) {
            where.add(cb.equal(root.get("businessUnit").get("id"), query.businessUnitId()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(root.get("occurredAt"), query.to()));
        }
        if (query.serviceId() != null) {
            Subquery<Long> about = cq.subquery(Long.class);
            Root<Touchpoint> t = about.from(Touchpoint.class);
            about.select(t.get("id")).where(cb.equal(t.join("services").get("id"), query.serviceId()));
            where.add(root.get("id").in(about));
        }
        if (present(query.participant())) {
            String like = like(query.participant());
            Subquery<Long> it = cq.subquery(Long.class);
            Root<Touchpoint> a = it.from(Touchpoint.class);
            it.select(a.get("id")).where(cb.like(cb.lower(a.join("itParticipants")), like, '\\'));
            Subquery<Long> business = cq.subquery(Long.class);
            Root<Touchpoint> b = business.from(Touchpoint.class);
            business.select(b.get("id")).where(cb.like(cb.lower(b.join("businessContacts")), like, '\\'));
            where.add(cb.or(root.get("id").in(it), root.get("id").in(business)));
        }
        if (present(query.text())) {
            String like = like(query.text());
            where.add(cb.or(
                    cb.like(cb.lower(root.get("summary")), like, '\\'),
                    cb.like(cb.lower(root.get("notes")), like, '\\'),
                    cb.like(cb.lower(root.get("outcomes")), like, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String like(String text) {
        return "%" + ItServiceRepository.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    public Touchpoint store(Touchpoint touchpoint) {
        em.persist(touchpoint);
        return touchpoint;
    }

    public void remove(Touchpoint touchpoint) {
        em.remove(touchpoint);
    }

    public void flush() {
        em.flush();
    }
}
