package dev.gemba.touchpoint.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.platform.boundary.DisplayTime;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Lazy;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.TouchpointDetails;
import dev.gemba.touchpoint.boundary.TouchpointQuery;
import dev.gemba.touchpoint.boundary.TouchpointService;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService.Kind;
import dev.gemba.touchpoint.boundary.VocabularyEntry;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Backs touchpoints/list.xhtml: search touchpoints by phase, type, service, business unit,
 * participant, dates and text. The coverage heatmap links here with a cell's filters.
 */
@Named
@ViewScoped
public class TouchpointListView implements Serializable {

    @EJB
    TouchpointService touchpoints;

    @EJB
    TouchpointVocabularyService vocabulary;

    @Inject
    FormErrors formErrors;

    @Inject
    SecurityContext security;

    private LifecyclePhase phase;
    private Long typeId;
    private Long serviceId;
    private Long businessUnitId;
    private String participant;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private transient Lazy<TouchpointQuery, TouchpointDetails> results;

    @PostConstruct
    void init() {
        results = lazy();
    }

    private Lazy<TouchpointQuery, TouchpointDetails> lazy() {
        return new Lazy<>(filters -> query(), touchpoints::search, TouchpointDetails::id);
    }

    TouchpointQuery query() {
        return new TouchpointQuery(
                phase,
                typeId,
                serviceId,
                businessUnitId,
                participant,
                DisplayTime.days(from, to).start(),
                DisplayTime.days(from, to).end(),
                text);
    }

    public void delete(TouchpointDetails touchpoint) {
        formErrors.attempt("touchpoints", () -> touchpoints.delete(touchpoint.id()));
    }

    public boolean isEditable() {
        return security.isCallerInRole(Role.ADMIN_NAME) || security.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME);
    }

    /** Administrators, whoever logged it and its unit's relationship manager (the service enforces it). */
    public boolean mayChange(TouchpointDetails touchpoint) {
        return isEditable() && touchpoints.mayChange(touchpoint.id());
    }

    public Lazy<TouchpointQuery, TouchpointDetails> getResults() {
        if (results == null) {
            results = lazy();
        }
        return results;
    }

    public List<VocabularyEntry> getTypes() {
        return vocabulary.list(Kind.TYPE, phase, true);
    }

    public LifecyclePhase[] getPhases() {
        return LifecyclePhase.values();
    }

    public String servicesOf(TouchpointDetails t) {
        return String.join(", ", t.services().stream().map(s -> s.name()).toList());
    }

    public LifecyclePhase getPhase() {
        return phase;
    }

    public void setPhase(LifecyclePhase phase) {
        this.phase = phase;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
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

    public String getParticipant() {
        return participant;
    }

    public void setParticipant(String participant) {
        this.participant = participant;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
