package dev.gemba.catalog.boundary;

/**
 * Filters for listing business units; null means "any".
 *
 * @param text matches name and description
 * @param relationshipManager username of the relationship manager
 * @param serviceId only units that consume this service
 */
public record BusinessUnitQuery(String text, String relationshipManager, Long serviceId) {

    public static BusinessUnitQuery all() {
        return new BusinessUnitQuery(null, null, null);
    }
}
