package dev.gemba.finding.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.feedback.boundary.FeedbackSummary;
import dev.gemba.finding.boundary.FindingQuery;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.finding.boundary.FindingSummary;
import dev.gemba.finding.entity.FindingStatus;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;

/** The inbox's selection and what it becomes: a new finding, or evidence of an existing one. */
@Named
@ViewScoped
public class InboxFindingActions implements Serializable {

    @EJB
    FindingService findings;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    private List<FeedbackSummary> selection = new ArrayList<>();
    private Long findingId;

    /** Opens the finding editor with the selection to link. */
    public String newFinding() {
        if (selection.isEmpty()) {
            nothingSelected();
            return null;
        }
        return "/findings/edit?faces-redirect=true&origin=INBOX&feedback=" + ids();
    }

    public String addToFinding() {
        if (selection.isEmpty()) {
            nothingSelected();
            return null;
        }
        List<Long> ids = selection.stream().map(FeedbackSummary::id).toList();
        boolean ok = formErrors.attempt("inbox", () -> findings.linkFeedback(findingId, ids));
        return ok ? "/findings/finding?faces-redirect=true&id=" + findingId : null;
    }

    /** Open findings to add the selection to, newest first. */
    public List<FindingSummary> getOpenFindings() {
        return findings.search(
                        new FindingQuery(null, null, FindingStatus.OPEN, null), new PageRequest(0, 200, null, false))
                .items();
    }

    private void nothingSelected() {
        String text = messages.get("inbox.selectFirst");
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }

    private String ids() {
        return selection.stream().map(f -> String.valueOf(f.id())).collect(Collectors.joining(","));
    }

    public List<FeedbackSummary> getSelection() {
        return selection;
    }

    public void setSelection(List<FeedbackSummary> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public Long getFindingId() {
        return findingId;
    }

    public void setFindingId(Long findingId) {
        this.findingId = findingId;
    }
}
