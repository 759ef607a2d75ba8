package dev.gemba.survey.entity;

/** A campaign waits for its date, then sends its invitations once. */
public enum CampaignStatus {
    SCHEDULED,
    LAUNCHED,
    CANCELLED
}
