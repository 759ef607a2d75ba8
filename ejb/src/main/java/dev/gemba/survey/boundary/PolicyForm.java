package dev.gemba.survey.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The fatigue rules for every survey kind together.
 *
 * @param maxPer30Days invitations a person may get in any 30 days
 * @param minDaysBetween days between two invitations of a person
 * @param quietDaysAfterComplaint no invitation this many days after a complaint or escalation
 * @param defaultSamplingPercent share of closed tickets surveyed for services without their own rate
 * @param validDays how long an invitation link works
 * @param sampling sampling percentage per service
 * @param version the version read (optimistic locking)
 */
public record PolicyForm(
        @Min(1) @Max(100) int maxPer30Days,
        @Min(0) @Max(365) int minDaysBetween,
        @Min(0) @Max(365) int quietDaysAfterComplaint,
        @Min(0) @Max(100) int defaultSamplingPercent,
        @Min(1) @Max(365) int validDays,
        List<@NotNull @Valid ServiceSamplingRate> sampling,
        long version) {

    public PolicyForm {
        sampling = sampling == null ? List.of() : List.copyOf(sampling);
    }

    /** A service's own sampling percentage. */
    public record ServiceSamplingRate(@NotNull Long serviceId, String serviceName, @Min(0) @Max(100) int percent) {}
}
