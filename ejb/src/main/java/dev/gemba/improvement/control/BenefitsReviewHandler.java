package dev.gemba.improvement.control;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.platform.queue.WorkHandler;
import dev.gemba.platform.queue.WorkQueue;
import dev.gemba.touchpoint.boundary.FollowUpService;

/**
 * On an item's benefits review date, raises a follow-up for its owner: compare the KPI before and
 * after and close the item. Queued when the item is approved or its review date changes; a queued
 * reminder whose date moved later waits again, one already raised is not raised twice.
 */
@Stateless
@LocalBean
@Local(WorkHandler.class) // with @LocalBean an implemented interface is a business view only when named
public class BenefitsReviewHandler implements WorkHandler {

    public static final String KIND = "improvement.benefits-review";
    private static final Logger LOG = Logger.getLogger(BenefitsReviewHandler.class.getName());

    @Inject
    ImprovementRepository items;

    @EJB
    FollowUpService followUps;

    @EJB
    WorkQueue queue;

    @Override
    public String kind() {
        return KIND;
    }

    /** Queues the reminder for the item's review date (at the start of that day, UTC). */
    public void schedule(ImprovementItem item) {
        if (item.getBenefitsReviewDate() != null && item.getReviewFollowUpId() == null) {
            queue.enqueueAt(
                    KIND,
                    item.getId(),
                    item.getBenefitsReviewDate().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
    }

    @Override
    public void process(long itemId) {
        ImprovementItem item = items.find(itemId).orElse(null);
        if (item == null
                || item.getReviewFollowUpId() != null
                || item.getOwner() == null
                || item.getApprovedAt() == null // the approval was taken back by a correction
                || item.getBenefitsReviewDate() == null
                || item.getStatus().ended()) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (item.getBenefitsReviewDate().isAfter(today)) {
            schedule(item); // the date moved later since this reminder was queued
            return;
        }
        long id = followUps.raise(
                "Benefits review of " + item.code() + " “" + item.getTitle()
                        + "”: compare the KPI before and after delivery and close the item",
                item.getOwner(),
                item.getBenefitsReviewDate());
        item.reviewFollowUpRaised(id);
    }

    @Override
    public void gaveUp(long itemId, String error) {
        LOG.warning(() -> "No benefits-review follow-up for improvement item " + itemId + ": " + error);
    }
}
