package dev.gemba.notice.entity;

/** Whether a recipient has been told of a notice. */
public enum DeliveryStatus {
    /** In the person's next digest (at most one a week). */
    WAITING,
    SENT,
    /** Not sent: the address opted out before the mail went. */
    OPTED_OUT
}
