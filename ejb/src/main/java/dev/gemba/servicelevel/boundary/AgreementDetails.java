package dev.gemba.servicelevel.boundary;

import java.time.Instant;
import java.util.List;

import dev.gemba.servicelevel.entity.Agreement;

/**
 * An agreement with its targets.
 *
 * @param mayChange whether the caller may change it, delete it and record its measurements
 */
public record AgreementDetails(
        AgreementRef agreement,
        String notes,
        List<TargetDetails> targets,
        String createdBy,
        Instant updatedAt,
        long version,
        boolean mayChange) {

    public AgreementDetails {
        targets = List.copyOf(targets);
    }

    public static AgreementDetails of(Agreement a, boolean mayChange) {
        return new AgreementDetails(
                AgreementRef.of(a),
                a.getNotes(),
                a.getTargets().stream().map(TargetDetails::of).toList(),
                a.getCreatedBy(),
                a.getUpdatedAt(),
                a.getVersion(),
                mayChange);
    }

    public long id() {
        return agreement.id();
    }
}
