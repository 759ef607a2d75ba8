package dev.gemba.survey.entity;

/** Where an invitation stands; expiry is read from its date, not stored. */
public enum InvitationStatus {
    INVITED,
    OPENED,
    ANSWERED,
    SKIPPED
}
