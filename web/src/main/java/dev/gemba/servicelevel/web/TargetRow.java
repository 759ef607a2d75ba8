package dev.gemba.servicelevel.web;

import java.io.Serializable;
import java.math.BigDecimal;

import dev.gemba.servicelevel.boundary.TargetDetails;
import dev.gemba.servicelevel.boundary.TargetForm;
import dev.gemba.servicelevel.entity.IncidentPriority;
import dev.gemba.servicelevel.entity.TargetKind;

/** A target as the agreement page edits it: one row of the targets table. */
public class TargetRow implements Serializable {

    private Long id;
    private String code;
    private TargetKind kind;
    private IncidentPriority priority;
    private Integer withinMinutes;
    private BigDecimal targetValue;
    private boolean higherIsBetter;
    private BigDecimal atRiskMargin;

    static TargetRow of(TargetKind kind) {
        TargetRow row = new TargetRow();
        row.kind = kind;
        row.targetValue = kind.defaultTarget();
        row.higherIsBetter = kind.higherIsBetter();
        row.atRiskMargin = kind.defaultMargin();
        row.priority = kind.perPriority() ? IncidentPriority.P1 : null;
        row.withinMinutes = kind.needsTime() ? 240 : null;
        return row;
    }

    static TargetRow of(TargetDetails t) {
        TargetRow row = new TargetRow();
        row.id = t.id();
        row.code = t.code();
        row.kind = t.kind();
        row.priority = t.priority();
        row.withinMinutes = t.withinMinutes();
        row.targetValue = t.targetValue();
        row.higherIsBetter = t.higherIsBetter();
        row.atRiskMargin = t.atRiskMargin();
        return row;
    }

    TargetForm toForm() {
        return new TargetForm(id, code, kind, priority, withinMinutes, targetValue, higherIsBetter, atRiskMargin);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TargetKind getKind() {
        return kind;
    }

    public void setKind(TargetKind kind) {
        this.kind = kind;
    }

    public IncidentPriority getPriority() {
        return priority;
    }

    public void setPriority(IncidentPriority priority) {
        this.priority = priority;
    }

    public Integer getWithinMinutes() {
        return withinMinutes;
    }

    public void setWithinMinutes(Integer withinMinutes) {
        this.withinMinutes = withinMinutes;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public boolean isHigherIsBetter() {
        return higherIsBetter;
    }

    public void setHigherIsBetter(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public BigDecimal getAtRiskMargin() {
        return atRiskMargin;
    }

    public void setAtRiskMargin(BigDecimal atRiskMargin) {
        this.atRiskMargin = atRiskMargin;
    }
}
