package dev.gemba.review.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.platform.boundary.PlausibleDate;
import dev.gemba.review.entity.ServiceReview;

/**
 * What a relationship manager enters to schedule or change a service review.
 *
 * @param serviceId null: the review covers every service the unit consumes
 * @param periodTo the period's last day (inclusive)
 * @param itParticipants usernames of the Gemba users taking part
 * @param businessContacts names of the unit's key contacts taking part
 * @param version the version the change is based on; null when scheduling
 */
public record ReviewForm(
        @NotNull Long businessUnitId,
        Long serviceId,
        @Size(max = ServiceReview.MAX_TITLE) String title,
        @NotNull @PlausibleDate Instant scheduledAt,
        @NotNull @PlausibleDate LocalDate periodFrom,
        @NotNull @PlausibleDate LocalDate periodTo,
        @Size(max = 30) List<@NotBlank @Size(max = 80) String> itParticipants,
        @Size(max = 30) List<@NotBlank @Size(max = 160) String> businessContacts,
        Long version) {

    public ReviewForm {
        itParticipants = itParticipants == null ? List.of() : List.copyOf(itParticipants);
        businessContacts = businessContacts == null ? List.of() : List.copyOf(businessContacts);
    }
}
