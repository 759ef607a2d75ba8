package dev.gemba.touchpoint.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.platform.boundary.PlausibleDate;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.Touchpoint;
import dev.gemba.touchpoint.entity.TouchpointChannel;

/**
 * What a relationship manager enters to log or change a touchpoint.
 *
 * @param typeId a touchpoint type of the given phase
 * @param informationItemIds information items of the given phase that this touchpoint captured
 * @param followUps the complete list of actions: entries with an id update that action, entries
 *     without one add an action, and actions left out are removed
 * @param version the version the change is based on; null when creating
 */
public record TouchpointForm(
        @NotNull @PlausibleDate Instant occurredAt,
        @NotNull LifecyclePhase phase,
        @NotNull Long typeId,
        @NotNull Long businessUnitId,
        @Size(max = 50) Set<Long> serviceIds,
        @NotNull TouchpointChannel channel,
        @NotBlank @Size(max = 500) String summary,
        @Size(max = Touchpoint.MAX_NOTES) String notes,
        @Size(max = 4000) String outcomes,
        @Size(max = 50) List<@NotBlank @Size(max = 160) String> itParticipants,
        @Size(max = 50) List<@NotBlank @Size(max = 160) String> businessContacts,
        Set<Long> informationItemIds,
        @Valid @Size(max = 50) List<FollowUpEntry> followUps,
        Long version) {

    public TouchpointForm {
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
        itParticipants = itParticipants == null ? List.of() : List.copyOf(itParticipants);
        businessContacts = businessContacts == null ? List.of() : List.copyOf(businessContacts);
        informationItemIds = informationItemIds == null ? Set.of() : Set.copyOf(informationItemIds);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }
}
