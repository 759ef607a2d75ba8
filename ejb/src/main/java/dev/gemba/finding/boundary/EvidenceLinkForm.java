package dev.gemba.finding.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import dev.gemba.finding.entity.EvidenceKind;

/**
 * One item to link as evidence: {@code itemId} names a feedback item, survey response or
 * touchpoint; a coverage gap is named by {@code businessUnitId}, {@code phase} and optionally
 * {@code serviceId} instead.
 */
public record EvidenceLinkForm(
        @NotNull EvidenceKind kind,
        Long itemId,
        Long businessUnitId,
        @Pattern(regexp = "STRATEGY|DESIGN|TRANSITION|OPERATION|CSI") String phase,
        Long serviceId) {}
