package dev.gemba.survey.boundary;

import java.time.Instant;

/**
 * What a campaign would send, for the person scheduling it to confirm.
 *
 * @param surveyTitle in the campaign's language, as its invitees see it
 * @param businessUnit the one unit whose key contacts are invited; null with a service or for all units
 * @param service the service whose units' key contacts are invited; null otherwise
 * @param recipients key contacts with an e-mail address today (the fatigue rules may skip some at launch)
 * @param scheduledAt when it goes out; null for now
 */
public record CampaignPlan(
        String name, String surveyTitle, String businessUnit, String service, int recipients, Instant scheduledAt) {}
