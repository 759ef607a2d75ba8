package dev.gemba.survey.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.boundary.DisplayTime;
import dev.gemba.platform.web.DisplayZone;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.survey.boundary.CampaignForm;
import dev.gemba.survey.boundary.CampaignPlan;
import dev.gemba.survey.boundary.CampaignProgress;
import dev.gemba.survey.boundary.CampaignService;
import dev.gemba.survey.boundary.SurveyDetails;
import dev.gemba.survey.boundary.SurveyService;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Backs surveys/campaigns.xhtml: schedule a relationship campaign after confirming what goes out
 * to whom, and follow every campaign's progress, newest first.
 */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    @EJB
    CampaignService campaigns;

    @EJB
    SurveyService surveys;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    @Inject
    DisplayZone displayZone;

    private CampaignPlan plan;
    private String confirmation;
    private List<CampaignProgress> list;
    private List<SurveyDetails> surveyChoices;
    private Long surveyId;
    private String name;
    private Long businessUnitId;
    private Long serviceId;
    private LifecyclePhase phase = LifecyclePhase.CSI;
    private LocalDateTime scheduledAt;
    private int reminderAfterDays = 7;
    private String language = "en";

    @PostConstruct
    void load() {
        list = campaigns.list();
        surveyChoices = surveys.list().stream().filter(s -> !s.retired()).toList();
    }

    /** Checks the form and shows what would go out to whom; scheduling waits for the confirmation. */
    public void review() {
        CampaignForm form = form();
        if (formErrors.attempt("campaign", () -> plan = campaigns.review(form))) {
            String target = plan.businessUnit() != null
                    ? plan.businessUnit()
                    : plan.service() != null
                            ? messages.get("campaigns.audience.service", plan.service())
                            : messages.get("campaigns.audience.all");
            confirmation = messages.get(
                    "campaigns.confirm", plan.name(), plan.surveyTitle(), target, when(), plan.recipients());
        }
    }

    /** Schedules the campaign the person confirmed. */
    public void schedule() {
        CampaignForm form = form();
        if (formErrors.attempt("campaign", () -> campaigns.schedule(form))) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            messages.get("campaigns.scheduled", form.name().strip(), when()),
                            ""));
            name = null;
            scheduledAt = null;
            plan = null;
            load();
        }
    }

    private CampaignForm form() {
        Instant when = scheduledAt == null
                ? null
                : scheduledAt.atZone(DisplayTime.zone()).toInstant();
        return new CampaignForm(surveyId, name, businessUnitId, serviceId, phase, when, reminderAfterDays, language);
    }

    private String when() {
        return scheduledAt == null
                ? messages.get("campaigns.whenNow")
                : messages.get("campaigns.whenAt", displayZone.dateTime(scheduledAt));
    }

    public String interval(dev.gemba.survey.boundary.Score score) {
        return score.n() == 0 ? "" : Math.round(score.low()) + "–" + Math.round(score.high());
    }

    public void refresh() {
        load();
    }

    public void cancel(long id) {
        campaigns.cancel(id);
        load();
    }

    /** The question the confirmation dialog asks: what goes out to whom, when. */
    public String getConfirmation() {
        return confirmation;
    }

    public List<CampaignProgress> getList() {
        return list;
    }

    public List<SurveyDetails> getSurveyChoices() {
        return surveyChoices;
    }

    public LifecyclePhase[] getPhases() {
        return LifecyclePhase.values();
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public void setSurveyId(Long surveyId) {
        this.surveyId = surveyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public void setBusinessUnitId(Long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public LifecyclePhase getPhase() {
        return phase;
    }

    public void setPhase(LifecyclePhase phase) {
        this.phase = phase;
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(LocalDateTime scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public int getReminderAfterDays() {
        return reminderAfterDays;
    }

    public void setReminderAfterDays(int reminderAfterDays) {
        this.reminderAfterDays = reminderAfterDays;
    }
}
