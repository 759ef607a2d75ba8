package dev.gemba.finding.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person's decision on a suggestion. Dismissing needs a reason; accepting may reword the
 * finding's title and statement (null: the suggestion's own words).
 */
public record SuggestionDecision(
        @Size(max = 1000) String reason,
        @Size(max = 200) String title,
        @Size(max = 4000) String statement,
        @NotNull Long version) {}
