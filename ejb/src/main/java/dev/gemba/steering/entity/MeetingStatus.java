package dev.gemba.steering.entity;

/** A meeting is scheduled until it is held; holding it freezes its agenda. */
public enum MeetingStatus {
    SCHEDULED,
    HELD
}
