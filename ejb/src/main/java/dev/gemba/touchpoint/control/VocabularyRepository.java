package dev.gemba.touchpoint.control;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.ItService;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.PhaseVocabulary;

/** Touchpoint types and information items, per phase in their display order. */
@Dependent
public class VocabularyRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public <V extends PhaseVocabulary> Optional<V> find(Class<V> kind, long id) {
        return Optional.ofNullable(em.find(kind, id));
    }

    /** Entries of a phase (all phases when null), retired ones only when asked for. */
    public <V extends PhaseVocabulary> List<V> list(Class<V> kind, LifecyclePhase phase, boolean includeRetired) {
        // Conditions are left out rather than bound as null: PostgreSQL cannot type "? is null".
        String jpql = "select v from " + kind.getSimpleName() + " v where 1 = 1"
                + (phase == null ? "" : " and v.phase = :phase")
                + (includeRetired ? "" : " and v.retired = false")
                + " order by v.phase, v.position, v.id";
        var query = em.createQuery(jpql, kind);
        if (phase != null) {
            query.setParameter("phase", phase);
        }
        return query.getResultList();
    }

    public <V extends PhaseVocabulary> List<V> findAllById(Class<V> kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from " + kind.getSimpleName() + " v where v.id in :ids", kind)
                .setParameter("ids", ids)
                .getResultList();
    }

    public <V extends PhaseVocabulary> Optional<V> findByName(Class<V> kind, LifecyclePhase phase, String name) {
        return em.createQuery(
                        "select v from " + kind.getSimpleName() + " v where v.phase = :phase and v.nameKey = :key",
                        kind)
                .setParameter("phase", phase)
                .setParameter("key", ItService.keyOf(name))
                .getResultStream()
                .findFirst();
    }

    public <V extends PhaseVocabulary> int nextPosition(Class<V> kind, LifecyclePhase phase) {
        Integer max = em.createQuery(
                        "select max(v.position) from " + kind.getSimpleName() + " v where v.phase = :phase",
                        Integer.class)
                .setParameter("phase", phase)
                .getSingleResult();
        return max == null ? 0 : max + 1;
    }

    public long count(Class<? extends PhaseVocabulary> kind) {
        return em.createQuery("select count(v) from " + kind.getSimpleName() + " v", Long.class)
                .getSingleResult();
    }

    /** Sets the German name of the entry with this English name when it has none (a bulk update: no version check). */
    public int translateSeeded(
            Class<? extends PhaseVocabulary> kind, LifecyclePhase phase, String name, String nameDe) {
        return em.createQuery("update " + kind.getSimpleName()
                        + " v set v.nameDe = :de where v.phase = :phase and v.name = :name and v.nameDe is null")
                .setParameter("de", nameDe)
                .setParameter("phase", phase)
                .setParameter("name", name)
                .executeUpdate();
    }

    public <V extends PhaseVocabulary> V store(V entry) {
        em.persist(entry);
        return entry;
    }

    public void flush() {
        em.flush();
    }
}
