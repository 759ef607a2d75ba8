package dev.gemba.improvement.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import dev.gemba.improvement.boundary.HistoryEntry;
import dev.gemba.improvement.boundary.ImprovementDetails;
import dev.gemba.improvement.boundary.ImprovementOutcome;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.TransitionRequest;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.DisplayZone;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;

/**
 * Backs improvements/item.xhtml: an item with its score components, KPI, workflow buttons (only
 * the steps the caller may take now), history and the measured outcome with its before/after chart.
 */
@Named
@ViewScoped
public class ImprovementItemView implements Serializable {

    @EJB
    ImprovementService improvements;

    @Inject
    FacesContext faces;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    @Inject
    DisplayZone displayZone;

    private Long id;
    private ImprovementDetails item;
    private List<HistoryEntry> history;
    private ImprovementOutcome outcome;
    private ImprovementDetails.Step step;
    private String reason;
    private ClosureOutcome closure;
    private List<dev.gemba.improvement.boundary.LinkedFinding> findings;
    private Long findingToLink;

    @EJB
    dev.gemba.finding.boundary.FindingService findingService;

    public void load() throws IOException {
        try {
            item = id == null ? null : improvements.get(id);
        } catch (RecordNotFoundException e) {
            item = null;
        }
        if (item == null) {
            faces.getExternalContext().responseSendError(404, messages.get("improvement.notFound"));
            faces.responseComplete();
            return;
        }
        refresh();
    }

    void refresh() {
        item = improvements.get(id);
        history = improvements.history(id);
        outcome = improvements.outcome(id);
        findings = improvements.findings(id);
        linkable = null;
    }

    private transient List<dev.gemba.finding.boundary.FindingSummary> linkable;

    /** Findings that may be linked: the newest 200 not linked yet (read once per refresh). */
    public List<dev.gemba.finding.boundary.FindingSummary> getLinkable() {
        if (linkable == null) {
            linkable = readLinkable();
        }
        return linkable;
    }

    private List<dev.gemba.finding.boundary.FindingSummary> readLinkable() {
        var linked = findings.stream().map(f -> f.findingId()).collect(java.util.stream.Collectors.toSet());
        return findingService
                .search(
                        new dev.gemba.finding.boundary.FindingQuery(null, null, null, null),
                        new dev.gemba.platform.boundary.PageRequest(0, 200, null, false))
                .items()
                .stream()
                .filter(f -> !linked.contains(f.id()))
                .toList();
    }

    public void link() {
        if (findingToLink != null
                && formErrors.attempt(
                        "findings",
                        () -> improvements.linkFinding(
                                id, new dev.gemba.improvement.boundary.FindingLinkForm(findingToLink)))) {
            findingToLink = null;
            refresh();
        }
    }

    public void unlink(long findingId) {
        if (formErrors.attempt(
                "findings",
                () -> improvements.unlinkFinding(id, new dev.gemba.improvement.boundary.FindingLinkForm(findingId)))) {
            refresh();
        }
    }

    /** Opens the step's dialog (reason, closure). */
    public void choose(ImprovementDetails.Step chosen) {
        step = chosen;
        reason = null;
        closure = chosen.closing() && "withdraw".equals(chosen.rule()) ? ClosureOutcome.WITHDRAWN : null;
    }

    /** Takes the chosen step; a broken rule or a stale version shows as a message. */
    public void take() {
        var request = new TransitionRequest(step.to(), closure, reason, item.version());
        if (formErrors.attempt("step", () -> improvements.transition(id, request))) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            messages.get("improvement.stepTaken", messages.get("improvementStep." + step.rule())),
                            ""));
            step = null;
            refresh();
        }
    }

    /** The closures the chosen step allows. */
    public List<ClosureOutcome> getClosures() {
        if (step == null || !step.closing()) {
            return List.of();
        }
        return "withdraw".equals(step.rule())
                ? List.of(ClosureOutcome.WITHDRAWN)
                : List.of(ClosureOutcome.SUCCESSFUL, ClosureOutcome.PARTLY_SUCCESSFUL, ClosureOutcome.UNSUCCESSFUL);
    }

    /** A line chart (Chart.js configuration): the KPI per week, before approval and after delivery. */
    public String getChart() {
        if (outcome == null || outcome.weekly().isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        JsonArrayBuilder after = Json.createArrayBuilder();
        for (var p : outcome.weekly()) {
            labels.add(displayZone.date(
                    p.weekStart().atZone(java.time.ZoneOffset.UTC).toLocalDate()));
            if (p.value() == null) {
                (p.after() ? after : before).addNull();
            } else {
                (p.after() ? after : before).add(Math.round(p.value() * 10) / 10.0);
            }
            (p.after() ? before : after).addNull();
        }
        var datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("label", messages.get("improvement.outcome.before"))
                        .add("borderColor", "#d64545")
                        .add("data", before))
                .add(Json.createObjectBuilder()
                        .add("label", messages.get("improvement.outcome.after"))
                        .add("borderColor", "#1f9d55")
                        .add("data", after));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder().add("responsive", true).add("animation", false))
                .build()
                .toString();
    }

    /** Names of services or business units, comma-separated. */
    public String names(List<dev.gemba.improvement.boundary.ScopeRef> refs) {
        return refs.stream()
                .map(dev.gemba.improvement.boundary.ScopeRef::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A figure with one decimal, or a dash. */
    public String figure(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A signed figure with one decimal, or a dash. */
    public String signed(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%+.1f", value);
    }

    public List<dev.gemba.improvement.boundary.LinkedFinding> getFindings() {
        return findings;
    }

    public Long getFindingToLink() {
        return findingToLink;
    }

    public void setFindingToLink(Long findingToLink) {
        this.findingToLink = findingToLink;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ImprovementDetails getItem() {
        return item;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public ImprovementOutcome getOutcome() {
        return outcome;
    }

    public ImprovementDetails.Step getStep() {
        return step;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ClosureOutcome getClosure() {
        return closure;
    }

    public void setClosure(ClosureOutcome closure) {
        this.closure = closure;
    }
}
