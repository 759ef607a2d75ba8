package dev.gemba.review.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Something the business asked for in the review, raised in one step as a finding about the
 * review's unit (and service) or as a proposed improvement item affecting them.
 *
 * @param raiseAs FINDING or IMPROVEMENT
 */
public record DecisionForm(
        Long agendaItemId,
        @NotNull RaiseAs raiseAs,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String statement) {

    /** Where the decision goes. */
    public enum RaiseAs {
        FINDING,
        IMPROVEMENT
    }
}
