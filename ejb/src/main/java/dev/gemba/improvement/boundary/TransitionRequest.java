package dev.gemba.improvement.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;

/**
 * A step of the workflow: the status wanted, the closure when closing, the reason (required for
 * decisions, holds and withdrawals) and the version the step is based on.
 */
public record TransitionRequest(
        @NotNull ImprovementStatus to,
        ClosureOutcome closure,
        @Size(max = 2000) String reason,
        @NotNull Long version) {}
