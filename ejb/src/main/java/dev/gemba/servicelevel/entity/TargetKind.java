package dev.gemba.servicelevel.entity;

import java.math.BigDecimal;

/**
 * What a target of an agreement measures, its unit, its usual direction and default value. The
 * tiered-support kinds follow the classic model: level 1 resolves about 80% of what it receives,
 * level 2 about 75% of what reaches it, level 3 the rest, about 5% of all.
 */
public enum TargetKind {
    /** Percentage of agreed service time the service was available. */
    AVAILABILITY(Unit.PERCENT, true, "99.5", "0.2", false),
    /** Percentage of incidents of a priority resolved within a time. */
    RESOLVED_WITHIN(Unit.PERCENT, true, "90", "2", true),
    /** Mean time to first response to incidents of a priority, in minutes. */
    RESPONSE_TIME(Unit.MINUTES, false, "30", "5", true),
    /** Customer satisfaction: percentage of satisfied answers (CSAT 4 or 5). */
    CUSTOMER_SATISFACTION(Unit.PERCENT, true, "85", "3", false),
    /** Percentage of what level 1 receives that level 1 resolves. */
    LEVEL_1_RESOLUTION(Unit.PERCENT, true, "80", "3", false),
    /** Percentage of what reaches level 2 that level 2 resolves. */
    LEVEL_2_RESOLUTION(Unit.PERCENT, true, "75", "3", false),
    /** Percentage of all tickets that end at level 3. */
    LEVEL_3_SHARE(Unit.PERCENT, false, "5", "1", false);

    /** The unit a target's and a measurement's values are in. */
    public enum Unit {
        PERCENT,
        MINUTES
    }

    private final Unit unit;
    private final boolean higherIsBetter;
    private final BigDecimal defaultTarget;
    private final BigDecimal defaultMargin;
    private final boolean perPriority;

    TargetKind(Unit unit, boolean higherIsBetter, String defaultTarget, String defaultMargin, boolean perPriority) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
        this.defaultTarget = new BigDecimal(defaultTarget);
        this.defaultMargin = new BigDecimal(defaultMargin);
        this.perPriority = perPriority;
    }

    public Unit unit() {
        return unit;
    }

    /** The usual direction; a target may set its own. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public BigDecimal defaultTarget() {
        return defaultTarget;
    }

    /** The at-risk margin a target of this kind has unless it sets its own. */
    public BigDecimal defaultMargin() {
        return defaultMargin;
    }

    /** Whether a target of this kind names an incident priority. */
    public boolean perPriority() {
        return perPriority;
    }

    /** Whether a target of this kind names the time within which incidents are resolved. */
    public boolean needsTime() {
        return this == RESOLVED_WITHIN;
    }

    /** The support level a tiered-support kind is about (1–3), 0 for the others. */
    public int supportLevel() {
        return switch (this) {
            case LEVEL_1_RESOLUTION -> 1;
            case LEVEL_2_RESOLUTION -> 2;
            case LEVEL_3_SHARE -> 3;
            default -> 0;
        };
    }
}
