package dev.gemba.steering.boundary;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The agenda's points in the order the chair wants: every point of the meeting, once. */
public record AgendaOrder(@NotNull @Size(max = 500) List<Long> pointIds) {}
