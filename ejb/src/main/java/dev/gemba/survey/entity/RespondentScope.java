package dev.gemba.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Whom a campaign, an invitation or a response concerns: the business unit and the service (either
 * may be absent) and the lifecycle phase the answers are scored under (CSI for a yearly survey).
 * The same columns in all three tables. Immutable.
 */
@Embeddable
public class RespondentScope {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "business_unit_id")
    private BusinessUnit businessUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private ItService service;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private LifecyclePhase phase;

    protected RespondentScope() {}

    public RespondentScope(BusinessUnit businessUnit, ItService service, LifecyclePhase phase) {
        this.businessUnit = businessUnit;
        this.service = service;
        this.phase = phase;
    }

    public BusinessUnit getBusinessUnit() {
        return businessUnit;
    }

    public ItService getService() {
        return service;
    }

    public LifecyclePhase getPhase() {
        return phase;
    }
}
