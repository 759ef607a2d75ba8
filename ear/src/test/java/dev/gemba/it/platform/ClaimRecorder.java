package dev.gemba.it.platform;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.Stateless;

import dev.gemba.platform.queue.WorkHandler;

/**
 * In the test deployment only: the server's own workers hand it the items of {@link #KIND} they
 * claim, and it remembers their subjects, so a test can tell who took what.
 */
@Stateless
public class ClaimRecorder implements WorkHandler {

    static final String KIND = "test.claim";

    /** Subjects processed by the server's workers; a subject seen twice is kept in {@link #TWICE}. */
    static final Set<Long> PROCESSED = ConcurrentHashMap.newKeySet();

    static final Set<Long> TWICE = ConcurrentHashMap.newKeySet();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(long subjectId) {
        if (!PROCESSED.add(subjectId)) {
            TWICE.add(subjectId);
        }
    }

    @Override
    public void gaveUp(long subjectId, String error) {
        // never fails
    }
}
