package dev.gemba.survey.entity;

/** Why the fatigue rules did not invite a person. */
public enum SkipReason {
    /** The person already had the maximum number of invitations in the last 30 days. */
    MAX_PER_30_DAYS,
    /** The person's last invitation is more recent than the minimum gap. */
    MIN_DAYS_BETWEEN,
    /** The person escalated or complained recently: no survey during the quiet period. */
    QUIET_AFTER_COMPLAINT,
    /** The service's sampling percentage left this ticket out. */
    NOT_SAMPLED
}
