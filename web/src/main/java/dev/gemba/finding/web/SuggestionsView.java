package dev.gemba.finding.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.finding.boundary.FindingDetails;
import dev.gemba.finding.boundary.FindingSuggestionService;
import dev.gemba.finding.boundary.SuggestionDecision;
import dev.gemba.finding.boundary.SuggestionSummary;
import dev.gemba.finding.entity.SuggestionStatus;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Lazy;
import dev.gemba.platform.web.Messages;

/** Backs findings/suggestions.xhtml: the detector's suggestions to accept or dismiss with a reason. */
@Named
@ViewScoped
public class SuggestionsView implements Serializable {

    @EJB
    FindingSuggestionService suggestions;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    private SuggestionStatus status = SuggestionStatus.PENDING;
    private SuggestionSummary selected;
    private String reason;
    private transient Lazy<SuggestionStatus, SuggestionSummary> results;

    @PostConstruct
    void init() {
        results = lazy();
    }

    private Lazy<SuggestionStatus, SuggestionSummary> lazy() {
        return new Lazy<>(filters -> status, suggestions::search, SuggestionSummary::id);
    }

    public String accept(SuggestionSummary s) {
        FindingDetails[] created = new FindingDetails[1];
        boolean ok = formErrors.attempt(
                "suggestions",
                () -> created[0] = suggestions.accept(s.id(), new SuggestionDecision(null, null, null, s.version())));
        return ok ? "/findings/finding?faces-redirect=true&id=" + created[0].id() : null;
    }

    public void startDismissal(SuggestionSummary s) {
        selected = s;
        reason = null;
    }

    public void dismiss() {
        formErrors.attempt(
                "dismissal",
                () -> suggestions.dismiss(
                        selected.id(), new SuggestionDecision(reason, null, null, selected.version())));
    }

    public void detect() {
        var run = suggestions.detect();
        String text = messages.get("suggestions.ran", run.cells(), run.signals(), run.created(), run.reopened());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    public Lazy<SuggestionStatus, SuggestionSummary> getResults() {
        if (results == null) {
            results = lazy();
        }
        return results;
    }

    public SuggestionStatus[] getStatuses() {
        return SuggestionStatus.values();
    }

    public SuggestionStatus getStatus() {
        return status;
    }

    public void setStatus(SuggestionStatus status) {
        this.status = status;
    }

    public SuggestionSummary getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
