package dev.gemba.servicelevel.boundary;

/**
 * Whose agreements a compliance report covers: a business unit's (its SLAs, the SLAs with all units
 * and the OLAs of every service it consumes), a service's, or one agreement's.
 */
public record ComplianceScope(Kind kind, long id) {

    /** What the id names. */
    public enum Kind {
        BUSINESS_UNIT,
        SERVICE,
        AGREEMENT
    }

    public static ComplianceScope businessUnit(long id) {
        return new ComplianceScope(Kind.BUSINESS_UNIT, id);
    }

    public static ComplianceScope service(long id) {
        return new ComplianceScope(Kind.SERVICE, id);
    }

    public static ComplianceScope agreement(long id) {
        return new ComplianceScope(Kind.AGREEMENT, id);
    }
}
