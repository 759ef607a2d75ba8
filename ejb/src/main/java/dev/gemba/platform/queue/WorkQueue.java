package dev.gemba.platform.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.control.BulkInsert;
import dev.gemba.platform.control.GembaDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The durable work queue. Enqueueing joins the caller's transaction, so the work exists exactly
 * when the data it concerns does. Claiming uses FOR UPDATE SKIP LOCKED (PostgreSQL and H2), so
 * any number of workers on any number of nodes take disjoint items without a lock manager.
 */
@Stateless
public class WorkQueue {

    private static final List<String> WORK_ITEM_COLUMNS =
            List.of("id", "kind", "subject_id", "status", "attempts", "available_at", "created_at");

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Resource
    SessionContext context;

    @Resource(lookup = GembaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "gemba.queue.max.attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "gemba.queue.backoff.ms", defaultValue = "1000")
    long backoffMillis;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(String kind, long subjectId) {
        em.persist(new WorkItem(kind, subjectId));
    }

    /** Queues work that becomes ready at a given time. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueueAt(String kind, long subjectId, Instant availableAt) {
        em.persist(new WorkItem(kind, subjectId, availableAt));
    }

    /** Queues work for many subjects at once with multi-row inserts (bulk imports, re-analysis). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueueAll(String kind, List<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            long[] ids = BulkInsert.ids(connection, "work_item_seq", WorkItem.ID_ALLOCATION, subjectIds.size());
            List<Object[]> rows = new ArrayList<>(subjectIds.size());
            for (int i = 0; i < ids.length; i++) {
                rows.add(new Object[] {ids[i], kind, subjectIds.get(i), WorkStatus.READY.name(), 0, now, now});
            }
            BulkInsert.rows(connection, "work_item", WORK_ITEM_COLUMNS, rows);
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue " + subjectIds.size() + " work items", e);
        }
    }

    /** Claims up to {@code max} ready items for {@code node}; items locked by others are skipped. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<ClaimedWork> claim(int max, String node) {
        List<Number> ids = em.createNativeQuery("select id from work_item where status = 'READY' and available_at <= ?1"
                        + " order by available_at, id fetch first " + max + " rows only for update skip locked")
                .setParameter(1, Instant.now())
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> claimed = ids.stream().map(Number::longValue).toList();
        em.createQuery("update WorkItem w set w.status = :running, w.claimedBy = :node, w.claimedAt = :now "
                        + "where w.id in :ids")
                .setParameter("running", WorkStatus.RUNNING)
                .setParameter("node", node)
                .setParameter("now", Instant.now())
                .setParameter("ids", claimed)
                .executeUpdate();
        return em
                .createQuery("select w from WorkItem w where w.id in :ids order by w.id", WorkItem.class)
                .setParameter("ids", claimed)
                .getResultList()
                .stream()
                .map(w -> new ClaimedWork(w.getId(), w.getKind(), w.getSubjectId(), w.getAttempts()))
                .toList();
    }

    /**
     * Runs a handler and marks its item done in one transaction (one commit per item instead of
     * two): the result and the completion are stored together or not at all, and any failure
     * rolls back both before the caller records it with {@link #fail}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void process(WorkHandler handler, ClaimedWork work) throws Exception {
        try {
            handler.process(work.subjectId());
            load(work.id()).succeeded();
        } catch (Exception | Error e) {
            context.setRollbackOnly();
            throw e;
        }
    }

    /** As {@link #process} for several items of one kind in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void processAll(BatchWorkHandler handler, List<ClaimedWork> works) throws Exception {
        try {
            handler.processAll(works.stream().map(ClaimedWork::subjectId).toList());
            em.createQuery("update WorkItem w set w.status = :done, w.lastError = null where w.id in :ids")
                    .setParameter("done", WorkStatus.DONE)
                    .setParameter("ids", works.stream().map(ClaimedWork::id).toList())
                    .executeUpdate();
        } catch (Exception | Error e) {
            context.setRollbackOnly();
            throw e;
        }
    }

    /** Records a failure; returns true when the item is now DEAD (no attempts left). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fail(long id, String error) {
        WorkItem item = load(id);
        long delay = backoffMillis * (1L << Math.min(item.getAttempts(), 16));
        item.failed(error, maxAttempts, Instant.now().plus(Duration.ofMillis(Math.min(delay, 600_000))));
        return item.getStatus() == WorkStatus.DEAD;
    }

    /** Puts dead (or stuck) work for a subject back in the queue, with fresh attempts. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void retry(String kind, long subjectId) {
        List<WorkItem> items = em.createQuery(
                        "select w from WorkItem w where w.kind = :kind and w.subjectId = :id "
                                + "and w.status <> :done",
                        WorkItem.class)
                .setParameter("kind", kind)
                .setParameter("id", subjectId)
                .setParameter("done", WorkStatus.DONE)
                .getResultList();
        if (items.isEmpty()) {
            enqueue(kind, subjectId);
        } else {
            items.forEach(WorkItem::retryNow);
        }
    }

    /** Items a crashed node left RUNNING go back to READY after {@code after}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int releaseAbandoned(Duration after) {
        return em.createQuery("update WorkItem w set w.status = :ready, w.claimedBy = null "
                        + "where w.status = :running and w.claimedAt < :cutoff")
                .setParameter("ready", WorkStatus.READY)
                .setParameter("running", WorkStatus.RUNNING)
                .setParameter("cutoff", Instant.now().minus(after))
                .executeUpdate();
    }

    public Map<WorkStatus, Long> counts() {
        Map<WorkStatus, Long> counts = new EnumMap<>(WorkStatus.class);
        for (WorkStatus status : WorkStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select w.status, count(w) from WorkItem w group by w.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((WorkStatus) row[0], (Long) row[1]));
        return counts;
    }

    private WorkItem load(long id) {
        WorkItem item = em.find(WorkItem.class, id);
        if (item == null) {
            throw new RecordNotFoundException("work item", id);
        }
        return item;
    }
}
