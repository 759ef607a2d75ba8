package dev.gemba.notice.boundary;

import java.time.Instant;
import java.util.List;

import dev.gemba.notice.entity.Notice;

/** A "you said, we did" notice as its readers get it (item, what changed, when) and who was told. */
public record NoticeEntry(
        long id,
        long itemId,
        long transitionId,
        String number,
        String title,
        String fromStatus,
        String toStatus,
        String closure,
        Instant changedAt,
        String announcedBy,
        Instant createdAt,
        int voices,
        List<RecipientEntry> recipients) {

    static NoticeEntry of(Notice n, List<RecipientEntry> recipients) {
        return new NoticeEntry(
                n.getId(),
                n.getItemId(),
                n.getTransitionId(),
                n.getItemNumber(),
                n.getTitle(),
                n.getFromStatus(),
                n.getToStatus(),
                n.getClosure(),
                n.getChangedAt(),
                n.getAnnouncedBy(),
                n.getCreatedAt(),
                n.getVoices().values().stream().mapToInt(Integer::intValue).sum(),
                recipients);
    }
}
