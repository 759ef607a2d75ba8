package dev.gemba.finding.entity;

/** A suggested finding's review: waiting, accepted (a finding now exists) or dismissed with a reason. */
public enum SuggestionStatus {
    PENDING,
    ACCEPTED,
    DISMISSED
}
