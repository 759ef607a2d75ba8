package dev.gemba.finding.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import dev.gemba.finding.boundary.FindingQuery;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.finding.boundary.FindingSummary;
import dev.gemba.finding.entity.FindingStatus;
import dev.gemba.platform.web.Lazy;

/** Backs findings/list.xhtml: findings newest first, by service, business unit, status and text. */
@Named
@ViewScoped
public class FindingListView implements Serializable {

    @EJB
    FindingService findings;

    private Long serviceId;
    private Long businessUnitId;
    private FindingStatus status;
    private String text;
    private transient Lazy<FindingQuery, FindingSummary> results;

    @PostConstruct
    void init() {
        results = lazy();
    }

    private Lazy<FindingQuery, FindingSummary> lazy() {
        return new Lazy<>(
                filters -> new FindingQuery(serviceId, businessUnitId, status, text),
                findings::search,
                FindingSummary::id);
    }

    public Lazy<FindingQuery, FindingSummary> getResults() {
        if (results == null) {
            results = lazy();
        }
        return results;
    }

    public FindingStatus[] getStatuses() {
        return FindingStatus.values();
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

    public FindingStatus getStatus() {
        return status;
    }

    public void setStatus(FindingStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
