package dev.gemba.it.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.ejb.EJB;

import dev.gemba.improvement.boundary.ImprovementDetails;
import dev.gemba.improvement.boundary.ImprovementForm;
import dev.gemba.improvement.boundary.ImprovementOutcome;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.TransitionRequest;
import dev.gemba.improvement.control.Verdict;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import dev.gemba.touchpoint.boundary.FollowUpQuery;
import dev.gemba.touchpoint.boundary.FollowUpService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The measured outcome: the baseline is frozen at approval from the window before it; after
 * delivery a window of the same length is compared with it (difference, 95% interval, verdict),
 * only once that window has ended; the benefits review reaches the owner as a follow-up.
 */
@ExtendWith(ArquillianExtension.class)
class ImprovementOutcomeIT {

    @EJB
    ImprovementService improvements;

    @EJB
    FollowUpService followUps;

    @EJB
    RunAsAdmin admin;

    @EJB
    ImprovementTimeline timeline;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(ImprovementOutcomeIT.class, RunAsAdmin.class, ImprovementTimeline.class);
    }

    private ImprovementForm form(long service, LocalDate review) {
        return new ImprovementForm(
                "Outcome " + service,
                null,
                Set.of(service),
                Set.of(),
                "rm",
                ImprovementType.TECHNOLOGY,
                Effort.M,
                null,
                null,
                KpiKind.NEGATIVE_SHARE,
                null,
                null,
                service,
                null,
                28,
                null,
                10.0,
                null,
                null,
                review,
                null,
                null,
                null);
    }

    private ImprovementDetails step(ImprovementDetails item, ImprovementStatus to) throws Exception {
        return admin.call(
                () -> improvements.transition(item.id(), new TransitionRequest(to, null, "test", item.version())));
    }

    @Test
    void aFallingNegativeShareAfterDeliveryIsAnImprovementWithItsInterval() throws Exception {
        long service = timeline.service("Outcome VPN");
        Instant now = Instant.now();
        // baseline window: the 28 days before approval hold 100 items, 31 negative
        timeline.feedback(service, now.minus(Duration.ofDays(25)), 100, 31);
        var item = admin.call(() -> improvements.propose(form(service, null)));
        item = step(item, ImprovementStatus.ACCEPTED);
        item = step(item, ImprovementStatus.APPROVED);
        assertEquals(100, item.baselineN());
        assertEquals(31.0, item.baselineValue(), 1e-9);

        // the approval and its data move 60 days back; delivery 29 days ago
        timeline.shiftBack(item.id(), service, Duration.ofDays(60));
        long id = item.id();
        item = step(admin.call(() -> improvements.get(id)), ImprovementStatus.IN_PROGRESS);
        item = step(item, ImprovementStatus.DELIVERED);

        ImprovementOutcome early = admin.call(() -> improvements.outcome(id));
        assertEquals(Verdict.NOT_YET_MEASURABLE, early.verdict(), "the window after delivery has just begun");
        assertFalse(early.complete());
        assertEquals(31.0, early.before().value(), 1e-9);

        timeline.deliveredAgo(item.id(), Duration.ofDays(29));
        // after delivery: 100 items, 12 negative, inside the 28 days that follow it
        timeline.feedback(service, now.minus(Duration.ofDays(28)), 100, 12);
        ImprovementOutcome outcome = admin.call(() -> improvements.outcome(id));
        assertTrue(outcome.complete());
        assertEquals(100, outcome.after().n());
        assertEquals(12.0, outcome.after().value(), 1e-9);
        assertEquals(-19.0, outcome.difference(), 1e-9);
        assertEquals(-29.85, outcome.lower(), 0.01); // Newcombe's hybrid score interval
        assertEquals(-7.66, outcome.upper(), 0.01);
        assertEquals(Verdict.IMPROVED, outcome.verdict());
        assertEquals(
                Duration.between(outcome.before().from(), outcome.before().to()),
                Duration.between(outcome.after().from(), outcome.after().to()),
                "windows of the same length");
        assertTrue(outcome.weekly().stream().anyMatch(ImprovementOutcome.Point::after));
        assertTrue(outcome.weekly().stream().anyMatch(p -> !p.after()));
    }

    @Test
    void aSmallMoveIsNoDetectableChange() throws Exception {
        long service = timeline.service("Outcome flat");
        Instant now = Instant.now();
        timeline.feedback(service, now.minus(Duration.ofDays(25)), 40, 12);
        var item = admin.call(() -> improvements.propose(form(service, null)));
        item = step(step(item, ImprovementStatus.ACCEPTED), ImprovementStatus.APPROVED);
        long id = item.id();
        timeline.shiftBack(id, service, Duration.ofDays(60));
        item = admin.call(() -> improvements.get(id));
        item = step(step(item, ImprovementStatus.IN_PROGRESS), ImprovementStatus.DELIVERED);
        timeline.deliveredAgo(id, Duration.ofDays(29));
        timeline.feedback(service, now.minus(Duration.ofDays(28)), 40, 10);
        ImprovementOutcome outcome = admin.call(() -> improvements.outcome(id));
        assertEquals(-5.0, outcome.difference(), 1e-9);
        assertTrue(outcome.lower() < 0 && outcome.upper() > 0, outcome::toString);
        assertEquals(Verdict.NO_DETECTABLE_CHANGE, outcome.verdict());
    }

    @Test
    void theBenefitsReviewReachesTheOwnerOnItsDate() throws Exception {
        long service = timeline.service("Review");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var item = admin.call(() -> improvements.propose(form(service, today)));
        item = step(item, ImprovementStatus.ACCEPTED);
        assertNull(timeline.reviewFollowUp(item.id()), "nothing before approval");
        var approved = step(item, ImprovementStatus.APPROVED);
        Long followUp = null;
        for (int i = 0; i < 100 && followUp == null; i++) {
            Thread.sleep(100);
            followUp = timeline.reviewFollowUp(approved.id());
        }
        assertNotNull(followUp, "the work queue raised the follow-up");
        var actions = admin.call(() -> followUps.search(
                new FollowUpQuery("rm", null, false, null),
                new dev.gemba.platform.boundary.PageRequest(0, 500, null, false)));
        long raised = followUp;
        var action = actions.items().stream().filter(a -> a.id() == raised).findFirst();
        assertTrue(action.isPresent(), "the owner's follow-up list shows it");
        assertTrue(action.get().text().contains(approved.number()), action.get().text());
        assertEquals(today, action.get().dueDate());
    }
}
