package dev.gemba.finding.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.gemba.finding.entity.EvidenceQuery;
import dev.gemba.finding.entity.Finding;
import dev.gemba.finding.entity.FindingOrigin;
import dev.gemba.finding.entity.FindingStatus;

/** A finding with its evidence as it is now and its computed impact. */
public record FindingDetails(
        long id,
        String title,
        String statement,
        Long serviceId,
        String serviceName,
        Long businessUnitId,
        String businessUnitName,
        FindingStatus status,
        FindingOrigin origin,
        SavedQuery query,
        List<EvidenceEntry> evidence,
        FindingImpact impact,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    /** The saved evidence query as stored; null when the finding has none. */
    public record SavedQuery(
            String topic, String sentiment, String channel, String tier, LocalDate since, LocalDate until) {

        static SavedQuery of(EvidenceQuery q) {
            return q == null
                    ? null
                    : new SavedQuery(q.topic(), q.sentiment(), q.channel(), q.tier(), q.since(), q.until());
        }
    }

    public static FindingDetails of(Finding f, List<EvidenceEntry> evidence, FindingImpact impact) {
        return new FindingDetails(
                f.getId(),
                f.getTitle(),
                f.getStatement(),
                f.getService() == null ? null : f.getService().getId(),
                f.getService() == null ? null : f.getService().getName(),
                f.getBusinessUnit() == null ? null : f.getBusinessUnit().getId(),
                f.getBusinessUnit() == null ? null : f.getBusinessUnit().getName(),
                f.getStatus(),
                f.getOrigin(),
                SavedQuery.of(f.getQuery()),
                List.copyOf(evidence),
                impact,
                f.getCreatedBy(),
                f.getCreatedAt(),
                f.getUpdatedBy(),
                f.getUpdatedAt(),
                f.getVersion());
    }
}
