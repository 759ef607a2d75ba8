package dev.gemba.survey.boundary;

import java.time.Instant;

import dev.gemba.survey.control.FatigueRules;
import dev.gemba.survey.entity.InvitationStatus;
import dev.gemba.survey.entity.SkipReason;
import dev.gemba.survey.entity.SurveyInvitation;

/**
 * An invitation as its issuer and staff see it.
 *
 * @param link the response page for the person; null when the fatigue rules skipped the invitation
 * @param skipReason why nobody was invited, with {@code skipDetail} giving the figures (in the
 *     caller's language: English for the API)
 */
public record InvitationReceipt(
        long id,
        long surveyId,
        String surveyName,
        int surveyVersion,
        Long campaignId,
        String ticketRef,
        String contactName,
        String contactEmail,
        String language,
        InvitationStatus status,
        boolean expired,
        SkipReason skipReason,
        String skipDetail,
        String link,
        Instant createdAt,
        Instant expiresAt,
        Instant sentAt,
        Instant openedAt,
        Instant answeredAt) {

    public static InvitationReceipt of(SurveyInvitation i, String link, Instant now) {
        return new InvitationReceipt(
                i.getId(),
                i.getSurvey().getId(),
                i.getSurvey().label(),
                i.getSurveyVersion().getNumber(),
                i.getCampaign() == null ? null : i.getCampaign().getId(),
                i.getTicketRef(),
                i.getContactName(),
                i.getContactEmail(),
                i.getLanguage(),
                i.getStatus(),
                i.expired(now),
                i.getSkipReason(),
                FatigueRules.Skip.stored(i.getSkipReason(), i.getSkipFigures())
                        .map(FatigueRules.Skip::text)
                        .orElse(i.getSkipDetail()),
                i.getStatus() == InvitationStatus.SKIPPED ? null : link,
                i.getCreatedAt(),
                i.getExpiresAt(),
                i.getSentAt(),
                i.getOpenedAt(),
                i.getAnsweredAt());
    }
}
