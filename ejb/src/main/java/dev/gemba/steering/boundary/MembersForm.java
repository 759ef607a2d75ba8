package dev.gemba.steering.boundary;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The members a chair (or an admin) gives the committee; the chair stays a member. */
public record MembersForm(@NotNull @Size(max = 100) Set<String> members, @NotNull Long version) {}
