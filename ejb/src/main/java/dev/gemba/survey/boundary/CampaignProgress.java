package dev.gemba.survey.boundary;

import java.time.Instant;

import dev.gemba.survey.entity.CampaignStatus;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * A campaign and how far it got.
 *
 * @param invited invitations issued (not skipped)
 * @param skipped contacts the fatigue rules left out
 * @param responseRate answered among invited, with its confidence interval
 */
public record CampaignProgress(
        long id,
        String name,
        long surveyId,
        String surveyName,
        String businessUnit,
        String service,
        LifecyclePhase phase,
        Instant scheduledAt,
        int reminderAfterDays,
        CampaignStatus status,
        Instant launchedAt,
        long invited,
        long skipped,
        long sent,
        long opened,
        long answered,
        Score responseRate) {}
