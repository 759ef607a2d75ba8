package dev.gemba.servicelevel.web;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.Messages;
import dev.gemba.servicelevel.boundary.AgreementCompliance;
import dev.gemba.servicelevel.boundary.ComplianceReport;
import dev.gemba.servicelevel.boundary.ComplianceScope;
import dev.gemba.servicelevel.boundary.PeriodCompliance;
import dev.gemba.servicelevel.boundary.ServiceLevelService;
import dev.gemba.servicelevel.boundary.TierFigure;

/**
 * Backs servicelevels/compliance.xhtml: an agreement's, a service's or a business unit's compliance
 * per month (targets × months with status), the agreements' monthly scores as a chart, and the
 * tiered-support figures.
 */
@Named
@ViewScoped
public class ComplianceView implements Serializable {

    @EJB
    ServiceLevelService serviceLevels;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @EJB
    dev.gemba.servicelevel.boundary.AgreementService agreements;

    @EJB
    dev.gemba.catalog.boundary.ServiceCatalogService catalog;

    @EJB
    dev.gemba.catalog.boundary.BusinessUnitService units;

    private Long agreementId;
    private Long serviceId;
    private Long businessUnitId;
    private String from;
    private String to;
    private List<ComplianceGrid> grids = List.of();
    private List<TierFigure> tiers = List.of();
    private String chart;
    private String scope;
    private transient List<SelectItem> scopes;

    /** Reads the report for the parameters; the twelve months up to last month by default. */
    public void load() {
        YearMonth last;
        YearMonth first;
        try {
            last = to == null || to.isBlank() ? YearMonth.now().minusMonths(1) : YearMonth.parse(to.strip());
            first = from == null || from.isBlank() ? last.minusMonths(11) : YearMonth.parse(from.strip());
        } catch (DateTimeParseException e) {
            error(messages.get("compliance.badMonth"));
            return;
        }
        from = first.toString();
        to = last.toString();
        ComplianceScope scope = agreementId != null
                ? ComplianceScope.agreement(agreementId)
                : serviceId != null
                        ? ComplianceScope.service(serviceId)
                        : businessUnitId != null ? ComplianceScope.businessUnit(businessUnitId) : null;
        if (scope == null) {
            grids = List.of();
            tiers = List.of();
            chart = null;
            return;
        }
        try {
            ComplianceReport report = serviceLevels.compliance(scope, first, last);
            grids = report.agreements().stream()
                    .map(a -> ComplianceGrid.of(a, first, last))
                    .toList();
            tiers = report.tiers();
            chart = chartOf(report, first, last);
        } catch (InvalidInputException e) {
            e.errors().forEach(err -> error(err.field() + ": " + err.message()));
        } catch (RecordNotFoundException e) {
            error(e.getMessage()); // a link to an agreement, service or unit deleted meanwhile
        }
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** A line per agreement: its monthly score in percent (compliant 100, at risk 50, breached 0). */
    private static String chartOf(ComplianceReport report, YearMonth first, YearMonth last) {
        var labels = JSON.createArrayBuilder();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            labels.add(m.toString());
        }
        var datasets = JSON.createArrayBuilder();
        for (AgreementCompliance a : report.agreements()) {
            var data = JSON.createArrayBuilder();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                YearMonth month = m;
                var score = a.periods().stream()
                        .filter(p -> p.period().equals(month))
                        .map(PeriodCompliance::score)
                        .findFirst();
                if (score.isPresent()) {
                    data.add(Math.round(score.get() * 1000) / 10.0);
                } else {
                    data.addNull();
                }
            }
            datasets.add(JSON.createObjectBuilder()
                    .add("label", a.agreement().code())
                    .add("data", data)
                    .add("spanGaps", true));
        }
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("animation", false)
                                .add(
                                        "scales",
                                        JSON.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        JSON.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100))))
                .build()
                .toString();
    }

    /** Shows the chosen scope and months: the page's address names them, so it can be bookmarked. */
    public String show() {
        String chosen = scope == null ? "" : scope;
        agreementId = idOf(chosen, "a:");
        serviceId = idOf(chosen, "s:");
        businessUnitId = idOf(chosen, "u:");
        return "/servicelevels/compliance?faces-redirect=true&includeViewParams=true";
    }

    private static Long idOf(String chosen, String prefix) {
        return chosen.startsWith(prefix) ? Long.valueOf(chosen.substring(prefix.length())) : null;
    }

    /** The scope chosen: a:agreement, s:service or u:business unit id. */
    public String getScope() {
        if (scope == null) {
            scope = agreementId != null
                    ? "a:" + agreementId
                    : serviceId != null ? "s:" + serviceId : businessUnitId != null ? "u:" + businessUnitId : "";
        }
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    /** Agreements, services and business units to choose from, in three groups. */
    public List<SelectItem> getScopes() {
        if (scopes == null) {
            var all = new dev.gemba.platform.boundary.PageRequest(
                    0, dev.gemba.platform.boundary.PageRequest.MAX_SIZE, "name", false);
            var byAgreement = new SelectItemGroup(messages.get("compliance.agreements"));
            byAgreement.setSelectItems(agreements.list(null, null, null).stream()
                    .map(a -> new SelectItem(
                            "a:" + a.id(),
                            a.agreement().code() + " – " + a.agreement().name()))
                    .toArray(SelectItem[]::new));
            var byService = new SelectItemGroup(messages.get("compliance.services"));
            byService.setSelectItems(catalog.list(dev.gemba.catalog.boundary.ServiceQuery.all(), all).items().stream()
                    .map(x -> new SelectItem("s:" + x.id(), x.name()))
                    .toArray(SelectItem[]::new));
            var byUnit = new SelectItemGroup(messages.get("compliance.units"));
            byUnit.setSelectItems(units.list(dev.gemba.catalog.boundary.BusinessUnitQuery.all(), all).items().stream()
                    .map(x -> new SelectItem("u:" + x.id(), x.name()))
                    .toArray(SelectItem[]::new));
            scopes = List.of(byAgreement, byService, byUnit);
        }
        return scopes;
    }

    public List<ComplianceGrid> getGrids() {
        return grids;
    }

    public List<TierFigure> getTiers() {
        return tiers;
    }

    public String getChart() {
        return chart;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
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

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
