package dev.gemba.review.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.review.entity.AgendaItem;

/**
 * The notes per agenda point; recording minutes marks the review as held.
 *
 * @param notes points not listed keep their notes
 */
public record MinutesForm(@NotNull @Valid @Size(max = 40) List<Note> notes, @NotNull Long version) {

    public MinutesForm {
        notes = notes == null ? null : List.copyOf(notes);
    }

    public record Note(@NotNull Long agendaItemId, @Size(max = AgendaItem.MAX_NOTES) String notes) {}
}
