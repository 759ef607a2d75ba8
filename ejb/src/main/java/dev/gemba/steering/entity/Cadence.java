package dev.gemba.steering.entity;

/** How often a committee meets; the next meeting is proposed this many days after the last. */
public enum Cadence {
    WEEKLY(7),
    FORTNIGHTLY(14),
    MONTHLY(28),
    QUARTERLY(91);

    private final int days;

    Cadence(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
