package dev.gemba.importing.control;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import dev.gemba.importing.entity.FileImport;
import dev.gemba.importing.entity.ImportState;
import dev.gemba.platform.control.AfterCommit;

/**
 * Runs imports as batch jobs: starts a committed one on this node, and resumes those a crashed or
 * stopped node left QUEUED or RUNNING. The node that starts an import claims it (optimistic lock
 * on the import row), so on a cluster only one node runs it.
 */
@Stateless
public class ImportRunner {

    public static final String JOB = "import";

    /** An import whose node has not reported for this long is considered abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    RowHandlers handlers;

    @Inject
    AfterCommit afterCommit;

    @Resource
    SessionContext session;

    /** Claims the import for this node and starts its job once the caller's transaction commits. */
    public void launch(FileImport job) {
        job.claim(nodeName(), Instant.now());
        em.flush();
        int chunkSize = handlers.require(job.getKind()).chunkSize();
        long id = job.getId();
        afterCommit.run(() -> start(id, chunkSize));
    }

    /**
     * Resumes abandoned imports: the first node to claim one starts a new job execution, which
     * continues after the last committed row.
     *
     * @return how many this node resumed
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int resumeStale(Instant now) {
        Instant cutoff = now.minus(ABANDONED_AFTER);
        List<Long> stale = em.createQuery(
                        "select i.id from FileImport i where i.status in :open"
                                + " and (i.heartbeatAt is null or i.heartbeatAt < :cutoff)",
                        Long.class)
                .setParameter("open", List.of(ImportState.QUEUED, ImportState.RUNNING))
                .setParameter("cutoff", cutoff)
                .getResultList();
        int resumed = 0;
        for (long id : stale) {
            try {
                if (session.getBusinessObject(ImportRunner.class).claimAndStart(id, cutoff)) {
                    resumed++;
                }
            } catch (EJBException | OptimisticLockException e) {
                LOG.fine(() -> "Import " + id + " was claimed by another node");
            }
        }
        return resumed;
    }

    /** Claims one abandoned import in a transaction of its own; false when it is no longer abandoned. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimAndStart(long id, Instant cutoff) {
        FileImport job = em.find(FileImport.class, id);
        if (job == null || job.getHeartbeatAt() != null && !job.getHeartbeatAt().isBefore(cutoff)) {
            return false;
        }
        LOG.info(() -> "Resuming import " + id + " after row " + job.getRowsRead());
        launch(job); // the version check happens in its flush: only one node wins
        return true;
    }

    private static void start(long id, int chunkSize) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(id));
        parameters.setProperty("chunkSize", Integer.toString(chunkSize));
        BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    public static String nodeName() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
