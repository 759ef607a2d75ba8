package dev.gemba.analysis.web;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.analysis.boundary.AnalysisSetup;
import dev.gemba.analysis.boundary.ReanalysisService;
import dev.gemba.analysis.boundary.ReanalysisStatus;
import dev.gemba.platform.web.Messages;

/**
 * Backs admin/analysis.xhtml: which models analyse feedback (built in or configured files), the
 * re-analysis runs after a model change, and the corrections to train a model of one's own on.
 */
@Named
@ViewScoped
public class AnalysisModelsView implements Serializable {

    @EJB
    ReanalysisService runs;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    private AnalysisSetup setup;
    private List<ReanalysisStatus> recentRuns;

    public AnalysisSetup getSetup() {
        if (setup == null) {
            setup = runs.setup();
        }
        return setup;
    }

    public List<ReanalysisStatus> getRuns() {
        if (recentRuns == null) {
            recentRuns = runs.runs();
        }
        return recentRuns;
    }

    /** Re-analyses stored feedback that an older model analysed, if any. */
    public void startReanalysis() {
        recentRuns = null;
        String key = runs.startIfOutdated().isPresent() ? "analysis.reanalysisStarted" : "analysis.nothingOutdated";
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), ""));
    }
}
