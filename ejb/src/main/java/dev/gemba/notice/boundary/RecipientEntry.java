package dev.gemba.notice.boundary;

import java.time.Instant;

import dev.gemba.notice.entity.Audience;
import dev.gemba.notice.entity.DeliveryStatus;
import dev.gemba.notice.entity.NoticeRecipient;

/**
 * Who is told of a notice and when: sent (with the time), waiting for their weekly digest (with
 * when it is due) or not sent because they opted out.
 */
public record RecipientEntry(
        String name,
        String address,
        String language,
        Audience audience,
        Long businessUnitId,
        DeliveryStatus status,
        Instant sentAt,
        Instant dueAt) {

    static RecipientEntry of(NoticeRecipient r) {
        var reader = r.getReader();
        return new RecipientEntry(
                reader.getName(),
                reader.getAddress(),
                reader.getLanguage(),
                r.getAudience(),
                r.getBusinessUnitId(),
                r.getStatus(),
                r.getSentAt(),
                r.getStatus() == DeliveryStatus.WAITING && r.getAudience() == Audience.PERSON
                        ? reader.getDigestDueAt()
                        : null);
    }
}
