package dev.gemba.touchpoint.boundary;

import dev.gemba.touchpoint.entity.FollowUpStatus;

/**
 * Filters for follow-up actions; null means "any".
 *
 * @param overdueOnly only open actions past their due date
 */
public record FollowUpQuery(String owner, FollowUpStatus status, boolean overdueOnly, Long businessUnitId) {

    public static FollowUpQuery open() {
        return new FollowUpQuery(null, FollowUpStatus.OPEN, false, null);
    }
}
