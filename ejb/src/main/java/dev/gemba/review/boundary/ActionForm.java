package dev.gemba.review.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.platform.boundary.PlausibleDate;

/**
 * An action agreed in the review: it becomes a follow-up of the review's touchpoint.
 *
 * @param agendaItemId the point it was agreed under, or null
 * @param owner username of the Gemba user who owns it
 */
public record ActionForm(
        Long agendaItemId,
        @NotBlank @Size(max = 1000) String text,
        @NotBlank @Size(max = 80) String owner,
        @NotNull @PlausibleDate LocalDate dueDate) {}
