package dev.gemba.review.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.finding.boundary.FindingService;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.review.control.MinutesDocument;
import dev.gemba.review.control.PackDocument;
import dev.gemba.review.control.PdfRenderer;
import dev.gemba.review.control.SuccessStoryDocument;
import dev.gemba.review.control.SupportStoryAssembler;
import dev.gemba.review.control.SupportStoryDocument;
import dev.gemba.security.entity.Role;

/** The review pack and minutes, and an improvement item's success story, as PDF; everyone who reads reviews. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class ReviewExports {

    /** A year, leap or not: the deck compares a period with the one before it, and its tables show 12 months. */
    public static final int MAX_STORY_DAYS = 366;

    @EJB
    ReviewService reviews;

    @EJB
    ImprovementService improvements;

    @EJB
    FindingService findings;

    @Inject
    SupportStoryAssembler stories;

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

    /**
     * The support success story for a period (both days included) and a scope: {@code all},
     * {@code unit:<id>} or {@code service:<id>}; a deck of landscape slides telling IT's story to the business.
     */
    public byte[] supportStory(LocalDate from, LocalDate to, String scope) {
        StoryScope parsed = StoryScope.parse(scope);
        if (from == null) {
            throw new InvalidInputException("from", text("story.from-required"));
        }
        if (to == null) {
            throw new InvalidInputException("to", text("story.to-required"));
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", text("story.from-after-to"));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_STORY_DAYS) {
            throw new InvalidInputException("to", text("story.too-long", MAX_STORY_DAYS));
        }
        return PdfRenderer.render(SupportStoryDocument.of(stories.assemble(parsed, from, to, Instant.now())));
    }
}
