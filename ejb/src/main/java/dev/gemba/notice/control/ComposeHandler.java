package dev.gemba.notice.control;

import java.time.Instant;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.improvement.boundary.ImprovementChanges;
import dev.gemba.platform.queue.WorkHandler;

/** Composes the notice of a status change from the queue (subject: the change's id); a retry adds nothing. */
@Stateless
@LocalBean
@Local(WorkHandler.class) // with @LocalBean an implemented interface is a business view only when named
public class ComposeHandler implements WorkHandler {

    public static final String KIND = "notice.compose";
    private static final Logger LOG = Logger.getLogger(ComposeHandler.class.getName());

    @EJB
    ImprovementChanges changes;

    @Inject
    NoticeComposer composer;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(long transitionId) {
        changes.note(transitionId).ifPresent(change -> composer.compose(change, "gemba", Instant.now()));
    }

    @Override
    public void gaveUp(long transitionId, String error) {
        LOG.warning(() -> "No notice for improvement status change " + transitionId + ": " + error);
    }
}
