package dev.gemba.improvement.control;

/** What the KPI says about an improvement after delivery. */
public enum Verdict {
    /** Moved in the wanted direction, the 95% interval of the difference excludes zero. */
    IMPROVED,
    /** The 95% interval of the difference includes zero. */
    NO_DETECTABLE_CHANGE,
    /** Moved in the unwanted direction, the interval excludes zero. */
    WORSE,
    /** A window has no data, or the window after delivery has not ended yet. */
    NOT_YET_MEASURABLE
}
