package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.review.entity.AgendaItem;
import dev.gemba.review.entity.ServiceReview;
import dev.gemba.touchpoint.boundary.FollowUpDetails;
import dev.gemba.touchpoint.boundary.FollowUpEntry;
import dev.gemba.touchpoint.boundary.TouchpointDetails;
import dev.gemba.touchpoint.boundary.TouchpointForm;
import dev.gemba.touchpoint.boundary.TouchpointService;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.TouchpointChannel;

/**
 * Keeps the CSI touchpoint of type "Service review meetings" that a review is, through the
 * touchpoint feature's boundary: created with the review, its date, participants and minutes kept
 * in step, and the review's actions stored as its follow-ups.
 */
@Dependent
public class ReviewTouchpoint {

    /** The seeded touchpoint type (English name) a service review is. */
    public static final String TYPE = "Service review meetings";

    @EJB
    TouchpointService touchpoints;

    @EJB
    TouchpointVocabularyService vocabulary;

    /** Creates the review's touchpoint; returns its id. */
    public long create(ServiceReview review) {
        return touchpoints.create(form(review, List.of(), null)).id();
    }

    /** Brings the touchpoint in step with the review (date, unit, participants, minutes); keeps its actions. */
    public void update(ServiceReview review) {
        if (review.getTouchpointId() == null) {
            review.setTouchpointId(create(review));
            return;
        }
        TouchpointDetails current = touchpoints.get(review.getTouchpointId());
        touchpoints.update(current.id(), form(review, entries(current.followUps()), current.version()));
    }

    /** Adds an action as a follow-up of the review's touchpoint; returns the follow-up's id. */
    public long addAction(ServiceReview review, String action, String owner, LocalDate due) {
        if (review.getTouchpointId() == null) {
            review.setTouchpointId(create(review));
        }
        TouchpointDetails current = touchpoints.get(review.getTouchpointId());
        List<FollowUpEntry> entries = new ArrayList<>(entries(current.followUps()));
        entries.add(new FollowUpEntry(null, action, owner, due, null));
        Set<Long> before = new HashSet<>();
        current.followUps().forEach(f -> before.add(f.id()));
        TouchpointDetails after = touchpoints.update(current.id(), form(review, entries, current.version()));
        return after.followUps().stream()
                .map(FollowUpDetails::id)
                .filter(id -> !before.contains(id))
                .findFirst()
                .orElseThrow();
    }

    /** The review's actions as they stand now. */
    public List<FollowUpDetails> actions(ServiceReview review) {
        if (review.getTouchpointId() == null) {
            return List.of();
        }
        return touchpoints.get(review.getTouchpointId()).followUps();
    }

    private static List<FollowUpEntry> entries(List<FollowUpDetails> followUps) {
        return followUps.stream()
                .map(f -> new FollowUpEntry(f.id(), f.text(), f.owner(), f.dueDate(), f.status()))
                .toList();
    }

    private TouchpointForm form(ServiceReview review, List<FollowUpEntry> followUps, Long version) {
        return new TouchpointForm(
                review.getScheduledAt(),
                LifecyclePhase.CSI,
                typeId(),
                review.getBusinessUnit().getId(),
                review.getService() == null
                        ? Set.of()
                        : Set.of(review.getService().getId()),
                TouchpointChannel.MEETING,
                review.getTitle(),
                minutes(review),
                null,
                review.getItParticipants(),
                review.getBusinessContacts(),
                Set.of(),
                followUps,
                version);
    }

    /** The minutes as the touchpoint's notes, so the text analysis reads them too; null before the meeting. */
    static String minutes(ServiceReview review) {
        StringBuilder notes = new StringBuilder();
        for (AgendaItem point : review.getAgenda()) {
            if (point.getNotes() != null && !point.getNotes().isBlank()) {
                notes.append(point.getTitle())
                        .append(": ")
                        .append(point.getNotes().strip())
                        .append("\n\n");
            }
        }
        String text = notes.toString().strip();
        return text.isEmpty() ? null : text.length() > 20000 ? text.substring(0, 20000) : text;
    }

    private long typeId() {
        return vocabulary.list(TouchpointVocabularyService.Kind.TYPE, LifecyclePhase.CSI, false).stream()
                .filter(t -> TYPE.equals(t.name()))
                .findFirst()
                .orElseThrow(() ->
                        new RuleViolationException("review.touchpoint-type", text("review.no-touchpoint-type", TYPE)))
                .id();
    }
}
