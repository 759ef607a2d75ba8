package dev.gemba.improvement.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.improvement.boundary.KpiValueEntry;
import dev.gemba.improvement.boundary.KpiValueForm;
import dev.gemba.improvement.boundary.KpiValueService;
import dev.gemba.platform.web.FormErrors;

/** Backs the manual KPI's values on improvements/item.xhtml: their history and entering a dated value. */
@Named
@ViewScoped
public class KpiValuesView implements Serializable {

    @EJB
    KpiValueService kpiValues;

    @Inject
    ImprovementItemView itemView;

    @Inject
    FormErrors formErrors;

    private List<KpiValueEntry> values;
    private LocalDate measuredOn;
    private Double value;
    private String note;

    public List<KpiValueEntry> getValues() {
        if (values == null && itemView.getId() != null) {
            values = kpiValues.values(itemView.getId());
        }
        return values;
    }

    /** Enters the value; the item's current value and outcome follow. */
    public void enter() {
        var form = new KpiValueForm(measuredOn, value, note);
        if (formErrors.attempt("item", () -> values = kpiValues.enter(itemView.getId(), form))) {
            measuredOn = null;
            value = null;
            note = null;
            itemView.refresh();
        }
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
