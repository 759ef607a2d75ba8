package dev.gemba.catalog.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import dev.gemba.catalog.boundary.ServiceQuery;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.PageRequest;

/** Stores and finds IT services. */
@Dependent
public class ItServiceRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "name",
            "nameKey",
            "owner",
            "owner",
            "criticality",
            "criticality",
            "status",
            "status",
            "updatedAt",
            "updatedAt");

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<ItService> find(long id) {
        return Optional.ofNullable(em.find(ItService.class, id));
    }

    /**
     * The services with these ids, or a rejection of the field naming the unknown ones. Looked up
     * through the persistence context, so repeated ids in one transaction (an import chunk) cost
     * one query each at most.
     */
    public Set<ItService> requireAll(Collection<Long> ids, String field) {
        Set<ItService> found = new HashSet<>();
        Set<Long> missing = new TreeSet<>();
        for (Long id : ids) {
            find(id).ifPresentOrElse(found::add, () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(field, text("service.unknown-ids", List.copyOf(missing)));
        }
        return found;
    }

    public Optional<ItService> findByName(String name) {
        return em.createQuery("select s from ItService s where s.nameKey = :key", ItService.class)
                .setParameter("key", ItService.keyOf(name))
                .getResultStream()
                .findFirst();
    }

    public List<ItService> search(ServiceQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var cq = cb.createQuery(ItService.class);
        Root<ItService> root = cq.from(ItService.class);
        cq.where(filter(cb, root, query))
                .orderBy(SortOrder.of(cb, root, page, SORTABLE, "name"), cb.asc(root.get("id")));
        return em.createQuery(cq)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(ServiceQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        var cq = cb.createQuery(Long.class);
        Root<ItService> root = cq.from(ItService.class);
        cq.select(cb.count(root)).where(filter(cb, root, query));
        return em.createQuery(cq).getSingleResult();
    }

    private static Predicate[] filter(CriteriaBuilder cb, Root<ItService> root, ServiceQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(root.get("nameKey"), like, '\\'),
                    cb.like(cb.lower(root.get("owner")), like, '\\'),
                    cb.like(cb.lower(root.get("description")), like, '\\')));
        }
        if (query.criticality() != null) {
            where.add(cb.equal(root.get("criticality"), query.criticality()));
        }
        if (query.status() != null) {
            where.add(cb.equal(root.get("status"), query.status()));
        }
        return where.toArray(Predicate[]::new);
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public ItService store(ItService service) {
        em.persist(service);
        return service;
    }

    public void remove(ItService service) {
        em.remove(service);
    }

    /** Writes pending changes now, so that a returned record carries the new version. */
    public void flush() {
        em.flush();
    }
}
