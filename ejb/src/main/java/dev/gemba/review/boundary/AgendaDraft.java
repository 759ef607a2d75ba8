package dev.gemba.review.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.review.entity.AgendaItem;

/**
 * The whole agenda in its new order: points with an id keep their section and minutes (and may be
 * renamed), points without one are added, points left out are removed.
 */
public record AgendaDraft(@NotNull @Valid @Size(max = 40) List<Point> points, @NotNull Long version) {

    public AgendaDraft {
        points = points == null ? null : List.copyOf(points);
    }

    /** @param id an existing point, or null for a new one */
    public record Point(Long id, @NotBlank @Size(max = AgendaItem.MAX_TITLE) String title) {}
}
