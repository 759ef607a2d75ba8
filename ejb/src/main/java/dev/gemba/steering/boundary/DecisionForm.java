package dev.gemba.steering.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.steering.entity.DecisionKind;

/**
 * A decision to record. The item is the agenda point's, or {@code itemId} when no point is named.
 * Which further fields are needed depends on the kind: defer needs {@code deferUntil}, merge
 * {@code mergedIntoId}, change of priority {@code priorityOverride}, owner {@code owner}, effort
 * {@code effortDays} or {@code budget}. {@code supersedes} names an earlier decision this one
 * corrects.
 *
 * @param present the members present; all members of the committee when empty
 */
public record DecisionForm(
        @NotNull DecisionKind kind,
        Long agendaPointId,
        Long itemId,
        @NotBlank @Size(max = 2000) String rationale,
        LocalDate deferUntil,
        Long mergedIntoId,
        @DecimalMin("0") @DecimalMax("1000") Double priorityOverride,
        @Size(max = 80) String owner,
        @DecimalMin("0.5") @DecimalMax("9999") BigDecimal effortDays,
        @DecimalMin("0") @DecimalMax("9999999999") BigDecimal budget,
        @Min(0) @Max(1000) Integer votesFor,
        @Min(0) @Max(1000) Integer votesAgainst,
        @Min(0) @Max(1000) Integer votesAbstaining,
        @Size(max = 100) Set<String> present,
        Long supersedes) {

    public DecisionForm {
        present = present == null ? Set.of() : Set.copyOf(present);
    }
}
