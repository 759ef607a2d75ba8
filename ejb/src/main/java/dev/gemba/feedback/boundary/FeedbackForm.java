package dev.gemba.feedback.boundary;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.platform.boundary.PlausibleDate;

/**
 * A feedback item as captured by the service desk or sent by an integration.
 *
 * @param receivedAt when the customer said it; now when null
 * @param externalId the sender's id; repeating a submission with the same id creates nothing
 */
public record FeedbackForm(
        @PastOrPresent @PlausibleDate Instant receivedAt,
        @NotNull Channel channel,
        @NotBlank @Size(max = Feedback.MAX_TEXT) String text,
        @Size(max = 160) String contactName,
        @Email @Size(max = 254) String contactEmail,
        Long businessUnitId,
        Set<Long> serviceIds,
        SupportTier tier,
        @Size(max = 80) String ticketRef,
        @Size(max = 120) String externalId,
        @Size(max = 20) Set<@NotBlank @Size(max = 60) String> tags) {

    public FeedbackForm {
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
