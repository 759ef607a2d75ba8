package dev.gemba.finding.web;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.finding.boundary.Change;
import dev.gemba.finding.boundary.Estimate;
import dev.gemba.finding.boundary.EvidenceEntry;
import dev.gemba.finding.boundary.EvidenceLinkForm;
import dev.gemba.finding.boundary.FindingDetails;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.finding.boundary.Proportion;
import dev.gemba.finding.boundary.TrendPoint;
import dev.gemba.finding.entity.EvidenceKind;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.DisplayZone;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.platform.web.StackedBarChart;

/** Backs findings/finding.xhtml: a finding's impact, verbatims and evidence; writers link and unlink. */
@Named
@ViewScoped
public class FindingView implements Serializable {

    @EJB
    FindingService findings;

    @Inject
    FormErrors formErrors;

    @Inject
    DisplayZone displayZone;

    @Inject
    Messages messages;

    private Long id;
    private FindingDetails finding;
    private EvidenceKind linkKind = EvidenceKind.FEEDBACK;
    private Long linkItemId;

    /** Loads the finding named by ?id=, or answers 404. */
    public void load() throws IOException {
        try {
            finding = id == null ? null : findings.get(id);
        } catch (RecordNotFoundException e) {
            finding = null;
        }
        if (finding == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such finding");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void link() {
        formErrors.attempt(
                "evidence",
                () -> finding = findings.link(id, new EvidenceLinkForm(linkKind, linkItemId, null, null, null)));
        linkItemId = null;
    }

    public void unlink(EvidenceEntry entry) {
        formErrors.attempt("evidence", () -> finding = findings.unlink(entry.id()));
    }

    /** "31% (25–38%)" */
    public String share(Proportion p) {
        return p == null || p.percent() == null
                ? "–"
                : String.format(Locale.ROOT, "%.0f%% (%.0f–%.0f%%)", p.percent(), p.low(), p.high());
    }

    /** "+19 points (+5 to +33)" */
    public String change(Change c) {
        return c == null || c.points() == null
                ? "–"
                : String.format(Locale.ROOT, "%+.0f (%+.0f … %+.0f)", c.points(), c.low(), c.high());
    }

    public String estimate(Estimate e, String format) {
        return e == null || e.value() == null
                ? "–"
                : String.format(
                        Locale.ROOT,
                        format + " (" + format + "–" + format + ") n=%d",
                        e.value(),
                        e.low(),
                        e.high(),
                        e.n());
    }

    /** Negative and other feedback per bucket over the previous and the current period (Chart.js). */
    public String getChart() {
        if (finding == null) {
            return null;
        }
        var labels = JSON.createArrayBuilder();
        var negative = JSON.createArrayBuilder();
        var other = JSON.createArrayBuilder();
        for (TrendPoint p : finding.impact().trend()) {
            labels.add(displayZone.date(LocalDate.ofInstant(p.start(), ZoneOffset.UTC)));
            negative.add(p.negative());
            other.add(p.total() - p.negative());
        }
        var datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("label", messages.get("sentiment.NEGATIVE"))
                        .add("backgroundColor", "#d64545")
                        .add("data", negative))
                .add(JSON.createObjectBuilder()
                        .add("label", messages.get("finding.otherFeedback"))
                        .add("backgroundColor", "#9aa5b1")
                        .add("data", other));
        return StackedBarChart.of(labels, datasets);
    }

    public EvidenceKind[] getLinkKinds() {
        return new EvidenceKind[] {EvidenceKind.FEEDBACK, EvidenceKind.SURVEY_RESPONSE, EvidenceKind.TOUCHPOINT};
    }

    public FindingDetails getFinding() {
        return finding;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EvidenceKind getLinkKind() {
        return linkKind;
    }

    public void setLinkKind(EvidenceKind linkKind) {
        this.linkKind = linkKind;
    }

    public Long getLinkItemId() {
        return linkItemId;
    }

    public void setLinkItemId(Long linkItemId) {
        this.linkItemId = linkItemId;
    }
}
