package dev.gemba.catalog.boundary;

import java.util.Comparator;
import java.util.List;

import dev.gemba.catalog.entity.BusinessUnit;

/** A business unit with its relationship manager, key contacts and consumed services. */
public record BusinessUnitDetails(
        long id,
        String name,
        String description,
        String relationshipManager,
        String relationshipManagerName,
        List<KeyContactEntry> keyContacts,
        List<ServiceRef> services,
        long version) {

    static BusinessUnitDetails of(BusinessUnit b) {
        var rm = b.getRelationshipManager();
        return new BusinessUnitDetails(
                b.getId(),
                b.getName(),
                b.getDescription(),
                rm == null ? null : rm.getUsername(),
                rm == null ? null : rm.getDisplayName(),
                b.getKeyContacts().stream().map(KeyContactEntry::of).toList(),
                b.getServices().stream()
                        .map(ServiceRef::of)
                        .sorted(Comparator.comparing(ServiceRef::name))
                        .toList(),
                b.getVersion());
    }
}
