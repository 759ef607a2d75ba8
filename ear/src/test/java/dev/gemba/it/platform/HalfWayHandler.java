package dev.gemba.it.platform;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.platform.queue.BatchWorkHandler;

/**
 * In the test deployment only: marks the feedback item it is given, then fails when the item's
 * text asks it to, with a checked exception (as mail delivery does), so a test can see whether
 * the mark survives the failure.
 */
@Stateless
public class HalfWayHandler implements BatchWorkHandler {

    static final String KIND = "test.half-way";
    static final String FAIL = "FAIL-AFTER-WRITING";

    /** Subjects of every batch that completed without an exception, in order. */
    static final List<List<Long>> COMPLETED_BATCHES = new CopyOnWriteArrayList<>();

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(long feedbackId) throws IOException {
        em.createNativeQuery("update feedback set contact_name = 'handled' where id = ?1")
                .setParameter(1, feedbackId)
                .executeUpdate();
        String text = (String) em.createNativeQuery("select text from feedback where id = ?1")
                .setParameter(1, feedbackId)
                .getSingleResult();
        if (text.contains(FAIL)) {
            // a checked exception: an EJB would commit its transaction for it unless told otherwise
            throw new IOException("failed after writing");
        }
    }

    @Override
    public void processAll(List<Long> feedbackIds) throws IOException {
        for (long id : feedbackIds) {
            process(id);
        }
        COMPLETED_BATCHES.add(List.copyOf(feedbackIds));
    }

    @Override
    public void gaveUp(long feedbackId, String error) {
        // nothing to record: the test reads the work item's status
    }
}
