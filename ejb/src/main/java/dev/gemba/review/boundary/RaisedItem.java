package dev.gemba.review.boundary;

import java.time.Instant;

import dev.gemba.review.entity.OutcomeKind;
import dev.gemba.review.entity.ReviewOutcome;

/**
 * What the minutes raised: a follow-up action, a finding or an improvement item (by its id there).
 *
 * @param refId the follow-up's, finding's or improvement item's id
 */
public record RaisedItem(
        long id, Long agendaItemId, OutcomeKind kind, long refId, String text, String createdBy, Instant createdAt) {

    static RaisedItem of(ReviewOutcome o) {
        return new RaisedItem(
                o.getId(),
                o.getAgendaItemId(),
                o.getKind(),
                o.getRefId(),
                o.getText(),
                o.getCreatedBy(),
                o.getCreatedAt());
    }
}
