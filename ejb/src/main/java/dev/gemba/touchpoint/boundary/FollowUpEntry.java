package dev.gemba.touchpoint.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.gemba.platform.boundary.PlausibleDate;
import dev.gemba.touchpoint.entity.FollowUpStatus;

/**
 * A follow-up action as entered with its touchpoint.
 *
 * @param id the action's id when changing an existing one, else null
 * @param owner username of the Gemba user who owns the action
 * @param status null means OPEN
 */
public record FollowUpEntry(
        Long id,
        @NotBlank @Size(max = 1000) String text,
        @NotBlank @Size(max = 80) String owner,
        @PlausibleDate LocalDate dueDate,
        FollowUpStatus status) {}
