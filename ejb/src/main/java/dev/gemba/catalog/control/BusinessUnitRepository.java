package dev.gemba.catalog.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import dev.gemba.catalog.boundary.BusinessUnitQuery;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.platform.boundary.PageRequest;

/** Stores and finds business units. */
@Dependent
public class BusinessUnitRepository {

    private static final Map<String, String> SORTABLE = Map.of("name", "nameKey", "updatedAt", "updatedAt");

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<BusinessUnit> find(long id) {
        return Optional.ofNullable(em.find(BusinessUnit.class, id));
    }

    public Optional<BusinessUnit> findByName(String name) {
        return em.createQuery("select b from BusinessUnit b where b.nameKey = :key", BusinessUnit.class)
                .setParameter("key", ItService.keyOf(name))
                .getResultStream()
                .findFirst();
    }

    public List<BusinessUnit> search(BusinessUnitQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var cq = cb.createQuery(BusinessUnit.class);
        Root<BusinessUnit> root = cq.from(BusinessUnit.class);
        cq.where(filter(cb, cq.subquery(Long.class), root, query))
                .orderBy(SortOrder.of(cb, root, page, SORTABLE, "name"), cb.asc(root.get("id")));
        return em.createQuery(cq)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(BusinessUnitQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var cq = cb.createQuery(Long.class);
        Root<BusinessUnit> root = cq.from(BusinessUnit.class);
        cq.select(cb.count(root)).where(filter(cb, cq.subquery(Long.class), root, query));
        return em.createQuery(cq).getSingleResult();
    }

    private static Predicate[] filter(
            CriteriaBuilder cb,
            jakarta.persistence.criteria.Subquery<Long> consumers,
            Root<BusinessUnit> root,
            BusinessUnitQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            String like =
                    "%" + ItServiceRepository.escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(root.get("nameKey"), like, '\\'), cb.like(cb.lower(root.get("description")), like, '\\')));
        }
        if (query.relationshipManager() != null && !query.relationshipManager().isBlank()) {
            where.add(cb.equal(root.join("relationshipManager").get("username"), query.relationshipManager()));
        }
        if (query.serviceId() != null) {
            Root<BusinessUnit> unit = consumers.from(BusinessUnit.class);
            consumers
                    .select(unit.get("id"))
                    .where(cb.equal(unit.join("services").get("id"), query.serviceId()));
            where.add(root.get("id").in(consumers));
        }
        return where.toArray(Predicate[]::new);
    }

    public BusinessUnit store(BusinessUnit unit) {
        em.persist(unit);
        return unit;
    }

    public void remove(BusinessUnit unit) {
        em.remove(unit);
    }

    /** Writes pending changes now, so that a returned record carries the new version. */
    public void flush() {
        em.flush();
    }
}
