package dev.gemba.steering.boundary;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.steering.entity.Cadence;

/**
 * What an admin enters for a committee. The chair is always a member; {@code everything} makes
 * the scope the whole register, otherwise it is the services and business units given.
 *
 * @param version the version the change is based on; null when creating
 */
public record CommitteeForm(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 80) String chair,
        @Size(max = 100) Set<String> members,
        boolean everything,
        @Size(max = 100) Set<Long> serviceIds,
        @Size(max = 100) Set<Long> businessUnitIds,
        @NotNull Cadence cadence,
        Long version) {

    public CommitteeForm {
        members = members == null ? Set.of() : Set.copyOf(members);
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
        businessUnitIds = businessUnitIds == null ? Set.of() : Set.copyOf(businessUnitIds);
    }
}
