package dev.gemba.improvement.web;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.improvement.boundary.ImprovementDetails;
import dev.gemba.improvement.boundary.ImprovementForm;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.ScopeRef;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.security.boundary.UserRef;

/** Backs improvements/edit.xhtml: proposing an item, or changing one (the KPI until approval). */
@Named
@ViewScoped
public class ImprovementEditView implements Serializable {

    @EJB
    ImprovementService improvements;

    @Inject
    FormErrors formErrors;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    private Long id;
    private Long version;
    private String title;
    private String description;
    private List<Long> serviceIds = new ArrayList<>();
    private List<Long> businessUnitIds = new ArrayList<>();
    private String owner;
    private ImprovementType type = ImprovementType.PROCESS;
    private Effort effort = Effort.M;
    private BigDecimal effortDays;
    private LocalDate targetDate;
    private KpiKind kpiKind = KpiKind.NEGATIVE_SHARE;
    private String kpiName;
    private String kpiTopic;
    private Long kpiServiceId;
    private Long kpiBusinessUnitId;
    private Integer kpiWindowDays = ImprovementForm.DEFAULT_WINDOW_DAYS;
    private boolean kpiHigherIsBetter = true;
    private Double targetValue;
    private Double manualBaseline;
    private Double manualCurrentValue;
    private LocalDate benefitsReviewDate;
    private SupportTier tierFrom;
    private SupportTier tierTo;
    private transient List<UserRef> owners;

    public void load() throws IOException {
        if (id == null) {
            return;
        }
        ImprovementDetails d;
        try {
            d = improvements.get(id);
        } catch (RecordNotFoundException e) {
            faces.getExternalContext().responseSendError(404, messages.get("improvement.notFound"));
            faces.responseComplete();
            return;
        }
        version = d.version();
        title = d.title();
        description = d.description();
        serviceIds = new ArrayList<>(d.services().stream().map(ScopeRef::id).toList());
        businessUnitIds =
                new ArrayList<>(d.businessUnits().stream().map(ScopeRef::id).toList());
        owner = d.owner();
        type = d.type();
        effort = d.effort();
        effortDays = d.effortDays();
        targetDate = d.targetDate();
        kpiKind = d.kpiKind();
        kpiName = d.kpiName();
        kpiTopic = d.kpiTopic();
        kpiServiceId = d.kpiServiceId();
        kpiBusinessUnitId = d.kpiBusinessUnitId();
        kpiWindowDays = d.kpiWindowDays();
        kpiHigherIsBetter = d.kpiHigherIsBetter();
        targetValue = d.targetValue();
        manualBaseline = d.kpiKind() == KpiKind.MANUAL ? d.baselineValue() : null;
        manualCurrentValue = d.manualCurrentValue();
        benefitsReviewDate = d.benefitsReviewDate();
        tierFrom = d.tierFrom();
        tierTo = d.tierTo();
    }

    /** Proposes or changes the item, then shows it; refusals show beside their fields. */
    public String save() {
        var form = new ImprovementForm(
                title,
                description,
                new HashSet<>(serviceIds),
                new HashSet<>(businessUnitIds),
                owner,
                type,
                effort,
                effortDays,
                targetDate,
                kpiKind,
                kpiName,
                kpiTopic,
                kpiServiceId,
                kpiBusinessUnitId,
                kpiWindowDays,
                kpiHigherIsBetter,
                targetValue,
                manualBaseline,
                manualCurrentValue,
                benefitsReviewDate,
                tierFrom,
                tierTo,
                version);
        long[] saved = new long[1];
        boolean ok = formErrors.attempt(
                "edit",
                () -> saved[0] = id == null
                        ? improvements.propose(form).id()
                        : improvements.change(id, form).id());
        return ok ? "/improvements/item?faces-redirect=true&id=" + saved[0] : null;
    }

    public List<UserRef> getOwners() {
        if (owners == null) {
            owners = improvements.possibleOwners();
        }
        return owners;
    }

    public ImprovementType[] getTypes() {
        return ImprovementType.values();
    }

    public Effort[] getEfforts() {
        return Effort.values();
    }

    public KpiKind[] getKpiKinds() {
        return KpiKind.values();
    }

    public SupportTier[] getTiers() {
        return SupportTier.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public List<Long> getBusinessUnitIds() {
        return businessUnitIds;
    }

    public void setBusinessUnitIds(List<Long> businessUnitIds) {
        this.businessUnitIds = businessUnitIds;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public ImprovementType getType() {
        return type;
    }

    public void setType(ImprovementType type) {
        this.type = type;
    }

    public Effort getEffort() {
        return effort;
    }

    public void setEffort(Effort effort) {
        this.effort = effort;
    }

    public BigDecimal getEffortDays() {
        return effortDays;
    }

    public void setEffortDays(BigDecimal effortDays) {
        this.effortDays = effortDays;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public KpiKind getKpiKind() {
        return kpiKind;
    }

    public void setKpiKind(KpiKind kpiKind) {
        this.kpiKind = kpiKind;
    }

    public String getKpiName() {
        return kpiName;
    }

    public void setKpiName(String kpiName) {
        this.kpiName = kpiName;
    }

    public String getKpiTopic() {
        return kpiTopic;
    }

    public void setKpiTopic(String kpiTopic) {
        this.kpiTopic = kpiTopic;
    }

    public Long getKpiServiceId() {
        return kpiServiceId;
    }

    public void setKpiServiceId(Long kpiServiceId) {
        this.kpiServiceId = kpiServiceId;
    }

    public Long getKpiBusinessUnitId() {
        return kpiBusinessUnitId;
    }

    public void setKpiBusinessUnitId(Long kpiBusinessUnitId) {
        this.kpiBusinessUnitId = kpiBusinessUnitId;
    }

    public Integer getKpiWindowDays() {
        return kpiWindowDays;
    }

    public void setKpiWindowDays(Integer kpiWindowDays) {
        this.kpiWindowDays = kpiWindowDays;
    }

    public boolean isKpiHigherIsBetter() {
        return kpiHigherIsBetter;
    }

    public void setKpiHigherIsBetter(boolean kpiHigherIsBetter) {
        this.kpiHigherIsBetter = kpiHigherIsBetter;
    }

    public Double getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(Double targetValue) {
        this.targetValue = targetValue;
    }

    public Double getManualBaseline() {
        return manualBaseline;
    }

    public void setManualBaseline(Double manualBaseline) {
        this.manualBaseline = manualBaseline;
    }

    public Double getManualCurrentValue() {
        return manualCurrentValue;
    }

    public void setManualCurrentValue(Double manualCurrentValue) {
        this.manualCurrentValue = manualCurrentValue;
    }

    public LocalDate getBenefitsReviewDate() {
        return benefitsReviewDate;
    }

    public void setBenefitsReviewDate(LocalDate benefitsReviewDate) {
        this.benefitsReviewDate = benefitsReviewDate;
    }

    public SupportTier getTierFrom() {
        return tierFrom;
    }

    public void setTierFrom(SupportTier tierFrom) {
        this.tierFrom = tierFrom;
    }

    public SupportTier getTierTo() {
        return tierTo;
    }

    public void setTierTo(SupportTier tierTo) {
        this.tierTo = tierTo;
    }
}
