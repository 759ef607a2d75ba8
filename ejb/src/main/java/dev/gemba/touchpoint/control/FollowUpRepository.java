package dev.gemba.touchpoint.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.touchpoint.boundary.FeedbackFollowUp;
import dev.gemba.touchpoint.boundary.FollowUpQuery;
import dev.gemba.touchpoint.entity.FollowUp;
import dev.gemba.touchpoint.entity.FollowUpStatus;

/** Finds follow-up actions across touchpoints, soonest due first (undated last). */
@Dependent
public class FollowUpRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    /** Stores an action raised by a feedback item for a business unit. */
    public FollowUp raise(FeedbackFollowUp request) {
        var action = new FollowUp(
                em.getReference(Feedback.class, request.feedbackId()),
                em.getReference(BusinessUnit.class, request.businessUnitId()));
        action.setText(request.text());
        action.setOwner(request.owner());
        action.setDueDate(request.dueDate());
        em.persist(action);
        return action;
    }

    public Optional<FollowUp> find(long id) {
        return Optional.ofNullable(em.find(FollowUp.class, id));
    }

    public List<FollowUp> search(FollowUpQuery query, LocalDate today, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<FollowUp> cq = cb.createQuery(FollowUp.class);
        Root<FollowUp> root = cq.from(FollowUp.class);
        root.fetch("touchpoint", JoinType.LEFT).fetch("businessUnit", JoinType.LEFT);
        root.fetch("businessUnit", JoinType.LEFT);
        cq.where(filter(cb, root, query, today))
                .orderBy(
                        cb.asc(cb.selectCase()
                                .when(cb.isNull(root.get("dueDate")), 1)
                                .otherwise(0)),
                        cb.asc(root.get("dueDate")),
                        cb.asc(root.get("id")));
        return em.createQuery(cq)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(FollowUpQuery query, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<FollowUp> root = cq.from(FollowUp.class);
        cq.select(cb.count(root)).where(filter(cb, root, query, today));
        return em.createQuery(cq).getSingleResult();
    }

    private static Predicate[] filter(CriteriaBuilder cb, Root<FollowUp> root, FollowUpQuery query, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        if (query.owner() != null && !query.owner().isBlank()) {
            where.add(cb.equal(root.get("owner"), query.owner().strip()));
        }
        if (query.overdueOnly()) {
            where.add(cb.equal(root.get("status"), FollowUpStatus.OPEN));
            where.add(cb.lessThan(root.get("dueDate"), today));
        } else if (query.status() != null) {
            where.add(cb.equal(root.get("status"), query.status()));
        }
        if (query.businessUnitId() != null) {
            where.add(cb.or(
                    cb.equal(
                            root.join("touchpoint", JoinType.LEFT)
                                    .get("businessUnit")
                                    .get("id"),
                            query.businessUnitId()),
                    cb.equal(root.join("businessUnit", JoinType.LEFT).get("id"), query.businessUnitId())));
        }
        return where.toArray(Predicate[]::new);
    }

    public FollowUp store(FollowUp action) {
        em.persist(action);
        return action;
    }

    public void flush() {
        em.flush();
    }
}
