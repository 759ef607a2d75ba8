package dev.gemba.platform.queue;

/**
 * Does one kind of asynchronous work. Implementations are EJBs, so each call runs in a
 * transaction of its own: an exception rolls back what the call did and the item is retried.
 */
public interface WorkHandler {

    /** The work-item kind this handler processes. */
    String kind();

    void process(long subjectId) throws Exception;

    /** Called once when an item has failed its last attempt. */
    void gaveUp(long subjectId, String error);
}
