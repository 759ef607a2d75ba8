package dev.gemba.touchpoint.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.platform.boundary.PlausibleDate;
import dev.gemba.touchpoint.entity.FollowUpStatus;

/**
 * A change to one follow-up action outside its touchpoint: closing it, reassigning it, moving its
 * due date.
 *
 * @param owner null keeps the owner
 * @param dueDate null keeps the due date
 */
public record FollowUpChange(
        @NotNull FollowUpStatus status,
        @Size(max = 80) String owner,
        @PlausibleDate LocalDate dueDate,
        @NotNull Long version) {}
