package dev.gemba.steering.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** A meeting to schedule: its date. */
public record MeetingForm(@NotNull LocalDate scheduledOn) {}
