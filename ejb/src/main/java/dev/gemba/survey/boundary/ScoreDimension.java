package dev.gemba.survey.boundary;

/** What scores are cut by. */
public enum ScoreDimension {
    SURVEY,
    SERVICE,
    BUSINESS_UNIT,
    TIER,
    PHASE,
    /** Calendar month (UTC) of the answer or invitation: the trend over time. */
    MONTH
}
