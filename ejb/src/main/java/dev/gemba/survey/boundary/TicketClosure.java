package dev.gemba.survey.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import dev.gemba.feedback.entity.SupportTier;

/**
 * What an ITSM sends when a ticket closes.
 *
 * @param surveyId the survey to send; the newest active transactional survey when null
 * @param businessUnitId the requester's unit; looked up from the business units' key contacts when null
 * @param language en or de (default en): the language of the response page and mail
 * @param sendEmail Gemba mails the link itself; otherwise the ITSM uses the returned link
 */
public record TicketClosure(
        @NotBlank @Size(max = 80) String ticketRef,
        @Size(max = 160) String requesterName,
        @NotBlank @Email @Size(max = 254) String requesterEmail,
        @Pattern(regexp = "en|de", message = "{gemba.language}") String language,
        Long surveyId,
        Long serviceId,
        Long businessUnitId,
        SupportTier tier,
        @PositiveOrZero Integer resolutionMinutes,
        @Size(max = 120) String assignmentGroup,
        boolean sendEmail) {}
