package dev.gemba.review.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import dev.gemba.finding.boundary.FindingService;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.review.control.MinutesDocument;
import dev.gemba.review.control.PackDocument;
import dev.gemba.review.control.PdfRenderer;
import dev.gemba.review.control.SuccessStoryDocument;
import dev.gemba.security.entity.Role;

/** The review pack and minutes, and an improvement item's success story, as PDF; everyone who reads reviews. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class ReviewExports {

    @EJB
    ReviewService reviews;

    @EJB
    ImprovementService improvements;

    @EJB
    FindingService findings;

    public byte[] packPdf(long id) {
        ReviewDetails review = reviews.get(id);
        return PdfRenderer.render(PackDocument.of(review, reviews.pack(id)));
    }

    public byte[] minutesPdf(long id) {
        return PdfRenderer.render(MinutesDocument.of(reviews.get(id)));
    }

    /** One page for an improvement item closed successfully (or partly so). */
    public byte[] successStory(long improvementId) {
        var item = improvements.get(improvementId);
        if (item.status() != ImprovementStatus.CLOSED
                || item.closure() == null
                || item.closure() == ClosureOutcome.UNSUCCESSFUL
                || item.closure() == ClosureOutcome.WITHDRAWN) {
            throw new RuleViolationException("success-story.closed-successfully", text("review.story-not-closed"));
        }
        List<dev.gemba.finding.boundary.FindingDetails> linked = improvements.findings(improvementId).stream()
                .map(l -> findings.get(l.findingId()))
                .toList();
        return PdfRenderer.render(SuccessStoryDocument.of(item, improvements.outcome(improvementId), linked));
    }
}
