package dev.gemba.improvement.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.improvement.boundary.ScoreWeightsService;
import dev.gemba.improvement.boundary.WeightsForm;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;

/** Backs admin/score-weights.xhtml: the exponents of the priority score's components. */
@Named
@ViewScoped
public class ScoreWeightsView implements Serializable {

    @EJB
    ScoreWeightsService weights;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    private Double reach;
    private Double impact;
    private Double confidence;
    private Double effort;
    private Long version;

    @PostConstruct
    void load() {
        WeightsForm w = weights.weights();
        reach = w.reach();
        impact = w.impact();
        confidence = w.confidence();
        effort = w.effort();
        version = w.version();
    }

    /** Saves; every open item is rescored with the new weights. */
    public void save() {
        var form = new WeightsForm(reach, impact, confidence, effort, version);
        if (formErrors.attempt("weights", () -> weights.change(form))) {
            String text = messages.get("weights.saved");
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
            load();
        }
    }

    public Double getReach() {
        return reach;
    }

    public void setReach(Double reach) {
        this.reach = reach;
    }

    public Double getImpact() {
        return impact;
    }

    public void setImpact(Double impact) {
        this.impact = impact;
    }

    public Double getConfidence() {
        return confidence;
    }

    public void setConfidence(Double confidence) {
        this.confidence = confidence;
    }

    public Double getEffort() {
        return effort;
    }

    public void setEffort(Double effort) {
        this.effort = effort;
    }
}
