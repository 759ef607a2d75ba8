package dev.gemba.notice.control;

import java.time.Duration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.improvement.boundary.ImprovementChanges;
import dev.gemba.notice.entity.NoticeRecipient;

/**
 * The demo's "you said, we did": CSI-0001's delivery was told to the people whose VPN feedback is
 * its evidence and to their relationship manager, an hour after it was delivered. Recorded as
 * sent; no mail is written for it.
 */
@Dependent
public class DemoNotices {

    @Inject
    NoticeRepository notices;

    @Inject
    NoticeComposer composer;

    @EJB
    ImprovementChanges changes;

    /** @param deliveredItemId CSI-0001 (nothing happens when null) */
    public void store(Long deliveredItemId) {
        if (deliveredItemId == null) {
            return;
        }
        notices.flush();
        changes.latest(deliveredItemId).ifPresent(change -> {
            var at = change.at().plus(Duration.ofHours(1));
            composer.compose(change, "gemba", change.at()).ifPresent(notice -> {
                for (NoticeRecipient r : notices.recipients(notice)) {
                    r.sent(at);
                    r.getReader().digestSent(at);
                }
            });
        });
    }
}
