package dev.gemba.feedback.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

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
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import dev.gemba.feedback.boundary.FeedbackQuery;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.FeedbackCorrection;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.PageRequest;

/** Stores and searches feedback; every inbox filter is a database predicate. */
@Dependent
public class FeedbackRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "receivedAt",
            "receivedAt",
            "channel",
            "channel",
            "sentiment",
            "sentiment",
            "analysisStatus",
            "analysisStatus");

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<Feedback> find(long id) {
        return Optional.ofNullable(em.find(Feedback.class, id));
    }

    public List<Feedback> findAllWithTopics(List<Long> ids) {
        return em.createQuery(
                        "select distinct f from Feedback f left join fetch f.topics where f.id in :ids", Feedback.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public Optional<Feedback> findByExternalId(String externalId) {
        return em.createQuery("select f from Feedback f where f.externalId = :id", Feedback.class)
                .setParameter("id", externalId)
                .getResultStream()
                .findFirst();
    }

    public Feedback store(Feedback feedback) {
        em.persist(feedback);
        return feedback;
    }

    public void store(FeedbackCorrection correction) {
        em.persist(correction);
    }

    public void flush() {
        em.flush();
    }

    public List<Feedback> search(FeedbackQuery query, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Feedback> cq = cb.createQuery(Feedback.class);
        Root<Feedback> root = cq.from(Feedback.class);
        String sort = page.sort() == null ? "receivedAt" : page.sort();
        String attribute = SORTABLE.get(sort);
        if (attribute == null) {
            throw new InvalidInputException(
                    "sort",
                    text("sort.unknown", SORTABLE.keySet().stream().sorted().toList()));
        }
        Expression<?> key = root.get(attribute);
        cq.where(filter(cb, cq, root, query))
                .orderBy(
                        page.descending() || page.sort() == null ? cb.desc(key) : cb.asc(key),
                        page.descending() || page.sort() == null ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
        return em.createQuery(cq)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    public long count(FeedbackQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Feedback> root = cq.from(Feedback.class);
        cq.select(cb.count(root)).where(filter(cb, cq, root, query));
        return em.createQuery(cq).getSingleResult();
    }

    /**
     * The number of matches, counted no further than {@code limit}: the inbox's paginator needs
     * no exact total in the millions, and counting stops early instead of visiting every match.
     */
    public long count(FeedbackQuery query, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Feedback> root = cq.from(Feedback.class);
        cq.select(root.get("id")).where(filter(cb, cq, root, query));
        return em.createQuery(cq).setMaxResults(limit).getResultList().size();
    }

    /** Tags already in use that start with the prefix, for autocompletion. */
    public List<String> tagsStartingWith(String prefix, int max) {
        return em.createQuery(
                        "select distinct t from Feedback f join f.tags t where t like :prefix order by t", String.class)
                .setParameter("prefix", prefix.toLowerCase(Locale.ROOT).replace("%", "") + "%")
                .setMaxResults(max)
                .getResultList();
    }

    /** Each corrected item's latest correction (the labels it has now), oldest first; the history stays stored. */
    public List<FeedbackCorrection> corrections(int first, int max) {
        return em.createQuery(
                        "select c from FeedbackCorrection c join fetch c.feedback where c.id = (select max(l.id)"
                                + " from FeedbackCorrection l where l.feedback = c.feedback) order by c.id",
                        FeedbackCorrection.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    private static Predicate[] filter(CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Feedback> root, FeedbackQuery q) {
        List<Predicate> where = new ArrayList<>();
        if (q.sentiment() != null) {
            where.add(cb.equal(root.get("effectiveSentiment"), q.sentiment()));
        }
        if (q.topic() != null && !q.topic().isBlank()) {
            var sub = cq.subquery(Integer.class);
            var topic = sub.correlate(root).join("topics");
            sub.select(cb.literal(1)).where(cb.equal(topic.get("topic"), q.topic()));
            where.add(cb.exists(sub));
        }
        if (q.serviceId() != null) {
            var sub = cq.subquery(Integer.class);
            var service = sub.correlate(root).join("services");
            sub.select(cb.literal(1)).where(cb.equal(service.get("id"), q.serviceId()));
            where.add(cb.exists(sub));
        }
        if (q.businessUnitId() != null) {
            where.add(cb.equal(root.get("businessUnit").get("id"), q.businessUnitId()));
        }
        if (q.channel() != null) {
            where.add(cb.equal(root.get("channel"), q.channel()));
        }
        if (q.tier() != null) {
            where.add(cb.equal(root.get("tier"), q.tier()));
        }
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), q.from()));
        }
        if (q.to() != null) {
            where.add(cb.lessThan(root.get("receivedAt"), q.to()));
        }
        if (q.status() != null) {
            where.add(cb.equal(root.get("analysisStatus"), q.status()));
        }
        if (q.tag() != null && !q.tag().isBlank()) {
            var sub = cq.subquery(Integer.class);
            var tag = sub.correlate(root).join("tags");
            sub.select(cb.literal(1)).where(cb.equal(tag, q.tag().strip().toLowerCase(Locale.ROOT)));
            where.add(cb.exists(sub));
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
            where.add(cb.like(cb.lower(root.get("text")), like, '\\'));
        }
        return where.toArray(Predicate[]::new);
    }
}
