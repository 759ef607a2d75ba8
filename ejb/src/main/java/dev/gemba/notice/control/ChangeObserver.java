package dev.gemba.notice.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;

import dev.gemba.improvement.boundary.ImprovementStatusChanged;
import dev.gemba.platform.queue.WorkQueue;

/**
 * Queues the notice of a delivered or successfully closed item with the step's transaction, so it
 * is composed exactly when the step commits, whoever took it (the owner, a committee's decision).
 */
@Dependent
public class ChangeObserver {

    @EJB
    WorkQueue queue;

    void changed(@Observes ImprovementStatusChanged change) {
        if (change.success()) {
            queue.enqueue(ComposeHandler.KIND, change.transitionId());
        }
    }
}
