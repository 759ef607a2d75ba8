package dev.gemba.improvement.web;

import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.improvement.boundary.ImprovementQuery;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.ImprovementSummary;
import dev.gemba.improvement.boundary.ScoreCard;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.platform.web.Lazy;
import dev.gemba.platform.web.Messages;
import dev.gemba.security.entity.Role;

/** Backs improvements/register.xhtml: the CSI register, highest priority first, with filters. */
@Named
@ViewScoped
public class ImprovementRegisterView implements Serializable {

    @EJB
    ImprovementService improvements;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    private ImprovementStatus status;
    private ImprovementType type;
    private Long serviceId;
    private Long businessUnitId;
    private String text;
    private transient Lazy<ImprovementQuery, ImprovementSummary> items;

    @PostConstruct
    void init() {
        items = lazy();
    }

    private Lazy<ImprovementQuery, ImprovementSummary> lazy() {
        return new Lazy<>(
                filters -> new ImprovementQuery(status, type, null, serviceId, businessUnitId, text),
                improvements::search,
                ImprovementSummary::id);
    }

    /** The score's components, one per line, for the tooltip of the score column. */
    public String components(ImprovementSummary item) {
        return item.score().components().stream().map(this::line).collect(Collectors.joining("\n"));
    }

    private String line(ScoreCard.Component c) {
        return String.format(
                Locale.ROOT,
                "%s %.3f (%s) ← %s",
                messages.get("improvement.score." + c.name()),
                c.value(),
                c.basis(),
                c.source());
    }

    public boolean isProposer() {
        return security.isCallerInRole(Role.ADMIN_NAME)
                || security.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME)
                || security.isCallerInRole(Role.SERVICE_DESK_NAME);
    }

    public ImprovementStatus[] getStatuses() {
        return ImprovementStatus.values();
    }

    public ImprovementType[] getTypes() {
        return ImprovementType.values();
    }

    public Lazy<ImprovementQuery, ImprovementSummary> getItems() {
        if (items == null) {
            items = lazy();
        }
        return items;
    }

    public ImprovementStatus getStatus() {
        return status;
    }

    public void setStatus(ImprovementStatus status) {
        this.status = status;
    }

    public ImprovementType getType() {
        return type;
    }

    public void setType(ImprovementType type) {
        this.type = type;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public void setBusinessUnitId(Long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
