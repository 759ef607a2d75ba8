package dev.gemba.feedback.entity;

/** How the feedback reached IT. */
public enum Channel {
    PHONE,
    EMAIL,
    CHAT,
    WALK_IN,
    SOCIAL,
    COMPLAINT,
    ESCALATION,
    COMPLIMENT,
    SURVEY,
    OTHER
}
