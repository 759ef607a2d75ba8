package dev.gemba.steering.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A point the chair adds to the agenda, optionally about an item (its CSI number). */
public record AgendaPointForm(
        @NotBlank @Size(max = 300) String title, @Size(max = 2000) String note, @Size(max = 12) String itemNumber) {}
