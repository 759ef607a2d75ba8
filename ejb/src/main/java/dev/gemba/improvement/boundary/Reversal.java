package dev.gemba.improvement.boundary;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.improvement.entity.ImprovementStatus;

/**
 * Takes back a decision's workflow step when the decision is corrected: the item goes back from
 * {@code from} (where the decision left it) to {@code to} (where it was before), provided it is
 * still at {@code from} and no step was taken after {@code decidedAt}.
 */
public record Reversal(
        @NotNull ImprovementStatus from,
        @NotNull ImprovementStatus to,
        @NotBlank @Size(max = 2000) String reason,
        @NotNull Instant decidedAt) {}
