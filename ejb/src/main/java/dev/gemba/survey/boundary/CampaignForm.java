package dev.gemba.survey.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.gemba.platform.boundary.PlausibleDate;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * A relationship campaign: the survey, whom (key contacts of one business unit, of the units
 * using a service, or of every unit when both are null) and when.
 *
 * @param phase the lifecycle phase answers are scored under; CSI when null
 * @param scheduledAt when to send; now when null
 * @param language of the mail and the response page, en (default) or de
 * @param reminderAfterDays one reminder this many days after the invitation to those who have not answered
 */
public record CampaignForm(
        @NotNull Long surveyId,
        @NotBlank @Size(max = 160) String name,
        Long businessUnitId,
        Long serviceId,
        LifecyclePhase phase,
        @PlausibleDate Instant scheduledAt,
        @Min(1) @Max(60) int reminderAfterDays,
        @Pattern(regexp = "en|de", message = "{gemba.language}") String language) {}
