package dev.gemba.improvement.entity;

/** What an improvement changes. Shift-left items move work to a lower support tier. */
public enum ImprovementType {
    PEOPLE,
    PROCESS,
    TECHNOLOGY,
    AUTOMATION_SHIFT_LEFT
}
