package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.boundary.FeedbackService;
import dev.gemba.feedback.boundary.FeedbackSummary;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import dev.gemba.platform.queue.WorkQueue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A work item's result and its completion commit together: a handler that fails leaves nothing
 * behind, also when it failed inside a batch, whose other items then complete one by one.
 */
@ExtendWith(ArquillianExtension.class)
class WorkQueueIT {

    @EJB
    FeedbackService feedback;

    @EJB
    WorkQueue queue;

    @EJB
    RunAsAdmin admin;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(WorkQueueIT.class, RunAsAdmin.class, HalfWayHandler.class);
    }

    @Test
    void aFailingHandlersWritesAreRolledBackAndItsBatchMatesCommitWithTheirCompletion() throws Exception {
        long failing = analysedItem("Queue test " + HalfWayHandler.FAIL + ", the VPN is slow.");
        long succeeding = analysedItem("Queue test, the VPN is slow.");
        enqueue(failing, succeeding); // one commit: claimed together, so they start as one batch

        assertEquals("DEAD", awaitFinalStatus(failing));
        assertNull(contactName(failing), "the failing handler's write was rolled back on every attempt");

        assertEquals("DONE", awaitFinalStatus(succeeding));
        assertEquals("handled", contactName(succeeding));
        assertTrue(
                HalfWayHandler.COMPLETED_BATCHES.stream().noneMatch(b -> b.contains(failing)),
                "no batch holding the failing item completed");
    }

    @Test
    void itemsOfABatchingHandlerRunAsOneBatch() throws Exception {
        long first = analysedItem("Batch test one, the printer is fine.");
        long second = analysedItem("Batch test two, the printer is fine.");
        enqueue(first, second);

        assertEquals("DONE", awaitFinalStatus(first));
        assertEquals("DONE", awaitFinalStatus(second));
        assertEquals("handled", contactName(first));
        assertEquals("handled", contactName(second));
        assertTrue(
                HalfWayHandler.COMPLETED_BATCHES.contains(List.of(first, second)),
                "batches completed: " + HalfWayHandler.COMPLETED_BATCHES);
    }

    private void enqueue(long... feedbackIds) throws Exception {
        admin.call(() -> {
            for (long id : feedbackIds) {
                queue.enqueue(HalfWayHandler.KIND, id);
            }
            return null;
        });
    }

    private long analysedItem(String text) throws Exception {
        FeedbackSummary item = admin.call(() -> feedback.submit(new FeedbackForm(
                        null, Channel.EMAIL, text, null, null, null, Set.of(), null, null, null, Set.of())))
                .feedback();
        // the analysis rewrites the whole row: let it finish before the test handler touches it
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (admin.call(() -> feedback.get(item.id())).analysisStatus() != AnalysisStatus.ANALYSED) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("feedback " + item.id() + " was not analysed within 60 s");
            }
            Thread.sleep(100);
        }
        return item.id();
    }

    private String awaitFinalStatus(long feedbackId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<?> status = em.createNativeQuery("select status from work_item where kind = ?1 and subject_id = ?2")
                    .setParameter(1, HalfWayHandler.KIND)
                    .setParameter(2, feedbackId)
                    .getResultList();
            if (!status.isEmpty() && Set.of("DONE", "DEAD").contains(status.get(0))) {
                return (String) status.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("work for " + feedbackId + " did not finish within 60 s");
    }

    private String contactName(long feedbackId) {
        return (String) em.createNativeQuery("select contact_name from feedback where id = ?1")
                .setParameter(1, feedbackId)
                .getSingleResult();
    }
}
