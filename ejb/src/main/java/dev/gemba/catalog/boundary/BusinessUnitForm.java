package dev.gemba.catalog.boundary;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to create or change a business unit.
 *
 * @param relationshipManager username of a user with the RELATIONSHIP_MANAGER role, or null
 * @param serviceIds the services this unit consumes
 * @param version the version the change is based on; null when creating
 */
public record BusinessUnitForm(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String description,
        String relationshipManager,
        @Valid @Size(max = 50) List<KeyContactEntry> keyContacts,
        Set<Long> serviceIds,
        Long version) {

    public BusinessUnitForm {
        keyContacts = keyContacts == null ? List.of() : List.copyOf(keyContacts);
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
    }
}
