package dev.gemba.finding.boundary;

import java.time.Instant;

import dev.gemba.finding.entity.Finding;
import dev.gemba.finding.entity.FindingOrigin;
import dev.gemba.finding.entity.FindingStatus;

/** A finding in a list: what it says, its scope and who raised it; no figures (see the details). */
public record FindingSummary(
        long id,
        String title,
        Long serviceId,
        String serviceName,
        Long businessUnitId,
        String businessUnitName,
        FindingStatus status,
        FindingOrigin origin,
        boolean hasQuery,
        int linkedItems,
        String createdBy,
        Instant createdAt,
        long version) {

    public static FindingSummary of(Finding f) {
        return new FindingSummary(
                f.getId(),
                f.getTitle(),
                f.getService() == null ? null : f.getService().getId(),
                f.getService() == null ? null : f.getService().getName(),
                f.getBusinessUnit() == null ? null : f.getBusinessUnit().getId(),
                f.getBusinessUnit() == null ? null : f.getBusinessUnit().getName(),
                f.getStatus(),
                f.getOrigin(),
                f.getQuery() != null,
                f.getEvidence().size(),
                f.getCreatedBy(),
                f.getCreatedAt(),
                f.getVersion());
    }
}
