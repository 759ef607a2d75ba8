package dev.gemba.survey.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.survey.boundary.InvitationReceipt;
import dev.gemba.survey.boundary.InvitationService;
import dev.gemba.survey.boundary.PolicyForm;
import dev.gemba.survey.boundary.PolicyForm.ServiceSamplingRate;
import dev.gemba.survey.boundary.SurveyPolicyService;

/** Backs admin/survey-policy.xhtml: the fatigue rules, sampling per service, and recent invitations with skip reasons. */
@Named
@ViewScoped
public class SurveyPolicyView implements Serializable {

    @EJB
    SurveyPolicyService policy;

    @EJB
    InvitationService invitations;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    private int maxPer30Days;
    private int minDaysBetween;
    private int quietDaysAfterComplaint;
    private int defaultSamplingPercent;
    private int validDays;
    private long version;
    private List<SamplingRow> sampling = new ArrayList<>();
    private List<InvitationReceipt> recent;

    /** An editable sampling rate. */
    public static class SamplingRow implements Serializable {
        private Long serviceId;
        private int percent = 100;

        public Long getServiceId() {
            return serviceId;
        }

        public void setServiceId(Long serviceId) {
            this.serviceId = serviceId;
        }

        public int getPercent() {
            return percent;
        }

        public void setPercent(int percent) {
            this.percent = percent;
        }
    }

    @PostConstruct
    void load() {
        PolicyForm p = policy.get();
        maxPer30Days = p.maxPer30Days();
        minDaysBetween = p.minDaysBetween();
        quietDaysAfterComplaint = p.quietDaysAfterComplaint();
        defaultSamplingPercent = p.defaultSamplingPercent();
        validDays = p.validDays();
        version = p.version();
        sampling = new ArrayList<>();
        for (ServiceSamplingRate rate : p.sampling()) {
            SamplingRow row = new SamplingRow();
            row.serviceId = rate.serviceId();
            row.percent = rate.percent();
            sampling.add(row);
        }
        recent = invitations.list(null, null, new PageRequest(0, 50, null, false));
    }

    public void addSampling() {
        sampling.add(new SamplingRow());
    }

    public void removeSampling(SamplingRow row) {
        sampling.remove(row);
    }

    public void save() {
        var form = new PolicyForm(
                maxPer30Days,
                minDaysBetween,
                quietDaysAfterComplaint,
                defaultSamplingPercent,
                validDays,
                sampling.stream()
                        .filter(r -> r.serviceId != null)
                        .map(r -> new ServiceSamplingRate(r.serviceId, null, r.percent))
                        .toList(),
                version);
        if (formErrors.attempt("policy", () -> policy.change(form))) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("form.saved"), ""));
            load();
        }
    }

    public int getMaxPer30Days() {
        return maxPer30Days;
    }

    public void setMaxPer30Days(int v) {
        this.maxPer30Days = v;
    }

    public int getMinDaysBetween() {
        return minDaysBetween;
    }

    public void setMinDaysBetween(int v) {
        this.minDaysBetween = v;
    }

    public int getQuietDaysAfterComplaint() {
        return quietDaysAfterComplaint;
    }

    public void setQuietDaysAfterComplaint(int v) {
        this.quietDaysAfterComplaint = v;
    }

    public int getDefaultSamplingPercent() {
        return defaultSamplingPercent;
    }

    public void setDefaultSamplingPercent(int v) {
        this.defaultSamplingPercent = v;
    }

    public int getValidDays() {
        return validDays;
    }

    public void setValidDays(int v) {
        this.validDays = v;
    }

    public List<SamplingRow> getSampling() {
        return sampling;
    }

    public List<InvitationReceipt> getRecent() {
        return recent;
    }
}
