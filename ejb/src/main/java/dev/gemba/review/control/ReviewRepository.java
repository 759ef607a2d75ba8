package dev.gemba.review.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.review.boundary.ReviewQuery;
import dev.gemba.review.entity.ReviewOutcome;
import dev.gemba.review.entity.ServiceReview;

/** Service reviews by id, by filter (latest first) and by unit; what their minutes raised. */
@Dependent
public class ReviewRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<ServiceReview> find(long id) {
        return Optional.ofNullable(em.find(ServiceReview.class, id));
    }

    public ServiceReview store(ServiceReview review) {
        em.persist(review);
        return review;
    }

    public void store(ReviewOutcome outcome) {
        em.persist(outcome);
    }

    public void remove(ServiceReview review) {
        em.remove(review);
    }

    public void flush() {
        em.flush();
    }

    public List<ServiceReview> search(ReviewQuery query, PageRequest page) {
        return bind(
                        em.createQuery(
                                "select r from ServiceReview r join fetch r.businessUnit" + where(query)
                                        + " order by r.scheduledAt desc, r.id desc",
                                ServiceReview.class),
                        query)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(ReviewQuery query) {
        return bind(em.createQuery("select count(r) from ServiceReview r" + where(query), Long.class), query)
                .getSingleResult();
    }

    /** The unit's latest review scheduled before this one, if any. */
    public Optional<ServiceReview> previous(ServiceReview review) {
        return em.createQuery(
                        "select r from ServiceReview r where r.businessUnit = :unit and r.id <> :id"
                                + " and r.scheduledAt < :at order by r.scheduledAt desc, r.id desc",
                        ServiceReview.class)
                .setParameter("unit", review.getBusinessUnit())
                .setParameter("id", review.getId())
                .setParameter("at", review.getScheduledAt())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<ReviewOutcome> outcomes(ServiceReview review) {
        return em.createQuery(
                        "select o from ReviewOutcome o where o.review = :review order by o.createdAt, o.id",
                        ReviewOutcome.class)
                .setParameter("review", review)
                .getResultList();
    }

    private static String where(ReviewQuery q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (q.businessUnitId() != null) {
            where.append(" and r.businessUnit.id = :unit");
        }
        if (q.status() != null) {
            where.append(" and r.status = :status");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ReviewQuery q) {
        if (q.businessUnitId() != null) {
            query.setParameter("unit", q.businessUnitId());
        }
        if (q.status() != null) {
            query.setParameter("status", q.status());
        }
        return query;
    }
}
