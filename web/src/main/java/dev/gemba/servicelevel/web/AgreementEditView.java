package dev.gemba.servicelevel.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.web.FormErrors;
import dev.gemba.servicelevel.boundary.AgreementDetails;
import dev.gemba.servicelevel.boundary.AgreementForm;
import dev.gemba.servicelevel.boundary.AgreementService;
import dev.gemba.servicelevel.entity.AgreementKind;
import dev.gemba.servicelevel.entity.IncidentPriority;
import dev.gemba.servicelevel.entity.TargetKind;

/** Backs servicelevels/agreement.xhtml: creates or changes an agreement and its targets. */
@Named
@ViewScoped
public class AgreementEditView implements Serializable {

    @EJB
    AgreementService agreements;

    @Inject
    FormErrors formErrors;

    @Inject
    FacesContext faces;

    private Long id;
    private String code;
    private String name;
    private AgreementKind kind = AgreementKind.SLA;
    private Long serviceId;
    private Long businessUnitId;
    private String supportGroup;
    private String notes;
    private Long version;
    private TargetKind newKind = TargetKind.AVAILABILITY;
    private final List<TargetRow> targets = new ArrayList<>();

    /** Reads the agreement named by the id parameter, if any. */
    public void load() {
        if (id == null || version != null) {
            return;
        }
        AgreementDetails a = agreements.get(id);
        code = a.agreement().code();
        name = a.agreement().name();
        kind = a.agreement().kind();
        serviceId = a.agreement().serviceId();
        businessUnitId = a.agreement().businessUnitId();
        supportGroup = a.agreement().supportGroup();
        notes = a.notes();
        version = a.version();
        targets.clear();
        a.targets().forEach(t -> targets.add(TargetRow.of(t)));
    }

    public void addTarget() {
        targets.add(TargetRow.of(newKind));
    }

    /** Adds the classic tiered-support model: level 1 resolves 80%, level 2 75% of the rest, level 3 about 5%. */
    public void addTierDefaults() {
        targets.add(TargetRow.of(TargetKind.LEVEL_1_RESOLUTION));
        targets.add(TargetRow.of(TargetKind.LEVEL_2_RESOLUTION));
        targets.add(TargetRow.of(TargetKind.LEVEL_3_SHARE));
    }

    public void removeTarget(TargetRow row) {
        targets.remove(row);
    }

    public void save() {
        var form = new AgreementForm(
                code,
                name,
                kind,
                serviceId,
                kind == AgreementKind.SLA ? businessUnitId : null,
                kind == AgreementKind.OLA ? supportGroup : null,
                notes,
                targets.stream().map(TargetRow::toForm).toList(),
                version);
        boolean saved = formErrors.attempt("agreement", () -> {
            AgreementDetails stored = id == null ? agreements.create(form) : agreements.change(id, form);
            id = stored.id();
        });
        if (saved) {
            try {
                faces.getExternalContext()
                        .redirect(faces.getExternalContext().getRequestContextPath()
                                + "/servicelevels/compliance.xhtml?agreementId=" + id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
    }

    public TargetKind[] getTargetKinds() {
        return TargetKind.values();
    }

    public IncidentPriority[] getPriorities() {
        return IncidentPriority.values();
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public void setBusinessUnitId(Long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public String getSupportGroup() {
        return supportGroup;
    }

    public void setSupportGroup(String supportGroup) {
        this.supportGroup = supportGroup;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public TargetKind getNewKind() {
        return newKind;
    }

    public void setNewKind(TargetKind newKind) {
        this.newKind = newKind;
    }
}
