package dev.gemba.finding.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.finding.entity.Finding;
import dev.gemba.finding.entity.FindingOrigin;
import dev.gemba.finding.entity.FindingStatus;

/**
 * What a person enters to raise or restate a finding. At least one of the scope (service or
 * business unit), a query or linked feedback is needed, or the finding would have no evidence.
 *
 * @param status null: OPEN
 * @param origin where it was raised; null: MANUAL (ignored when changing)
 * @param query the saved evidence query; null: the linked items only
 * @param feedbackIds feedback to link when creating (e.g. the inbox selection); ignored when changing
 * @param version the version the change is based on; null when creating
 */
public record FindingForm(
        @NotBlank @Size(max = Finding.MAX_TITLE) String title,
        @NotBlank @Size(max = Finding.MAX_STATEMENT) String statement,
        Long serviceId,
        Long businessUnitId,
        FindingStatus status,
        FindingOrigin origin,
        @Valid EvidenceQueryForm query,
        @Size(max = 500) List<@NotNull Long> feedbackIds,
        Long version) {

    public FindingForm {
        status = status == null ? FindingStatus.OPEN : status;
        origin = origin == null ? FindingOrigin.MANUAL : origin;
        feedbackIds = feedbackIds == null ? List.of() : List.copyOf(feedbackIds);
    }
}
