package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import dev.gemba.platform.queue.ClaimedWork;
import dev.gemba.platform.queue.WorkQueue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several nodes share one queue without double work: eight claimers, each as a node of its own,
 * claim from the same database at once, beside the server's own workers, and every item is taken
 * exactly once. The database's row locks (FOR UPDATE SKIP LOCKED) are all that keeps them apart,
 * as between real nodes.
 */
@ExtendWith(ArquillianExtension.class)
class WorkQueueClaimIT {

    private static final int ITEMS = 600;
    private static final int CLAIMERS = 8;
    private static final long FIRST_SUBJECT = 7_000_000_000L;

    @EJB
    WorkQueue queue;

    @EJB
    RunAsAdmin admin;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(WorkQueueClaimIT.class, RunAsAdmin.class, ClaimRecorder.class);
    }

    @Test
    void concurrentClaimersOnManyNodesTakeEveryItemExactlyOnce() throws Exception {
        awaitQuietQueue(); // other tests' work would otherwise be claimed by the test's nodes
        List<Long> subjects =
                LongStream.range(FIRST_SUBJECT, FIRST_SUBJECT + ITEMS).boxed().toList();
        admin.call(() -> {
            queue.enqueueAll(ClaimRecorder.KIND, subjects);
            return null;
        });

        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        List<Future<List<ClaimedWork>>> claims = new ArrayList<>();
        try {
            for (int node = 0; node < CLAIMERS; node++) {
                String name = "test-node-" + node;
                claims.add(pool.submit(() -> claimUntilEmpty(name)));
            }
            List<Long> byNodes = new ArrayList<>();
            Map<String, Integer> perNode = new java.util.TreeMap<>();
            for (int node = 0; node < CLAIMERS; node++) {
                List<ClaimedWork> taken = claims.get(node).get();
                taken.forEach(w -> assertEquals(ClaimRecorder.KIND, w.kind(), "only this test's items were queued"));
                taken.forEach(w -> byNodes.add(w.subjectId()));
                perNode.put("test-node-" + node, taken.size());
            }
            Set<Long> distinct = new HashSet<>(byNodes);
            assertEquals(byNodes.size(), distinct.size(), "an item was claimed by two test nodes");
            assertTrue(
                    perNode.values().stream().filter(n -> n > 0).count() >= 2,
                    "the claimers really competed: " + perNode);

            awaitNoneReady();
            Set<Long> byServer = awaitProcessed(ITEMS - distinct.size());
            Set<Long> both = new HashSet<>(byServer);
            both.retainAll(distinct);
            assertEquals(Set.of(), both, "items taken by a test node and by the server's workers");
            assertEquals(Set.of(), ClaimRecorder.TWICE, "items the server's workers processed twice");
            Set<Long> all = new HashSet<>(distinct);
            all.addAll(byServer);
            assertEquals(new HashSet<>(subjects), all, "every item was taken by someone");
            // each test node's claim is what the database recorded for it
            for (int node = 0; node < CLAIMERS; node++) {
                Number recorded = (Number)
                        em.createNativeQuery("select count(*) from work_item where kind = ?1 and claimed_by = ?2")
                                .setParameter(1, ClaimRecorder.KIND)
                                .setParameter(2, "test-node-" + node)
                                .getSingleResult();
                assertEquals(perNode.get("test-node-" + node).longValue(), recorded.longValue(), "node " + node);
            }
        } finally {
            pool.shutdownNow();
            admin.call(() -> em.createNativeQuery(
                            "update work_item set status = 'DONE' where kind = ?1 and status <> 'DONE'")
                    .setParameter(1, ClaimRecorder.KIND)
                    .executeUpdate());
        }
    }

    /** One node's worker loop without the work: claim small batches until the queue has nothing ready. */
    private List<ClaimedWork> claimUntilEmpty(String node) {
        List<ClaimedWork> taken = new ArrayList<>();
        for (List<ClaimedWork> batch = queue.claim(3, node); !batch.isEmpty(); batch = queue.claim(3, node)) {
            taken.addAll(batch);
        }
        return taken;
    }

    private void awaitQuietQueue() throws InterruptedException {
        // nothing running and nothing due while the test runs (a retry backing off for long may wait)
        await(
                () -> ((Number) em.createNativeQuery("select count(*) from work_item where status = 'RUNNING'"
                                                + " or (status = 'READY' and available_at < ?1)")
                                        .setParameter(1, Instant.now().plus(Duration.ofSeconds(120)))
                                        .getSingleResult())
                                .longValue()
                        == 0,
                "the queue to be idle before the test");
    }

    private void awaitNoneReady() throws InterruptedException {
        await(() -> readyTestItems() == 0, "no test item left ready");
    }

    private long readyTestItems() {
        return ((Number) em.createNativeQuery("select count(*) from work_item where kind = ?1 and status = 'READY'")
                        .setParameter(1, ClaimRecorder.KIND)
                        .getSingleResult())
                .longValue();
    }

    private Set<Long> awaitProcessed(int expected) throws InterruptedException {
        Set<Long> mine = new HashSet<>();
        await(
                () -> {
                    mine.clear();
                    ClaimRecorder.PROCESSED.stream()
                            .filter(s -> s >= FIRST_SUBJECT && s < FIRST_SUBJECT + ITEMS)
                            .forEach(mine::add);
                    return mine.size() >= expected;
                },
                expected + " items processed by the server's workers");
        return mine;
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        // generous: before the test, the analyses of earlier tests' imports may still be draining
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited 180 s for " + what);
            }
            Thread.sleep(50);
        }
    }
}
