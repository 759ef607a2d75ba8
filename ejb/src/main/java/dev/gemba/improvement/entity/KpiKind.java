package dev.gemba.improvement.entity;

/**
 * The KPI an improvement item is measured by. All but {@link #MANUAL} are measured by Gemba from
 * feedback and survey responses in the item's KPI scope (service, business unit, topic).
 */
public enum KpiKind {
    /** Percentage of feedback in scope (on the topic, if given) whose sentiment is negative. */
    NEGATIVE_SHARE(false),
    /** Number of feedback items in scope on the topic within the window. */
    FEEDBACK_VOLUME(false),
    /** Percentage of CSAT answers of 4 or 5 in scope. */
    CSAT(true),
    /** Net promoter score in scope, −100 to 100. */
    NPS(true),
    /** Mean customer effort score in scope, 1 to 7 (higher is easier). */
    CES(true),
    /**
     * Percentage of agreement targets' monthly figures in scope (the service's agreements, or the
     * business unit's SLAs and those of the services it consumes) that met their target, counting
     * the months that start in the window.
     */
    AGREEMENT_COMPLIANCE(true),
    /** Values typed in by people; direction as the item says. */
    MANUAL(true);

    private final boolean higherIsBetter;

    KpiKind(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public boolean measured() {
        return this != MANUAL;
    }

    /** The direction of improvement of a measured KPI (a manual one's is set on the item). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Measured from survey answers rather than feedback texts. */
    public boolean fromSurveys() {
        return this == CSAT || this == NPS || this == CES;
    }
}
