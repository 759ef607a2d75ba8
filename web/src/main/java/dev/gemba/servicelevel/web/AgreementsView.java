package dev.gemba.servicelevel.web;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.platform.web.FormErrors;
import dev.gemba.security.entity.Role;
import dev.gemba.servicelevel.boundary.AgreementDetails;
import dev.gemba.servicelevel.boundary.AgreementService;
import dev.gemba.servicelevel.entity.AgreementKind;

/** Backs servicelevels/agreements.xhtml: agreements filtered by service, business unit and kind. */
@Named
@ViewScoped
public class AgreementsView implements Serializable {

    @EJB
    AgreementService agreements;

    @Inject
    FormErrors formErrors;

    @Inject
    SecurityContext security;

    private Long serviceId;
    private Long businessUnitId;
    private AgreementKind kind;
    private List<AgreementDetails> rows;

    public void search() {
        rows = agreements.list(serviceId, businessUnitId, kind == null ? null : kind.name());
    }

    public void delete(AgreementDetails agreement) {
        formErrors.attempt("agreements", () -> agreements.delete(agreement.id()));
        search();
    }

    public List<AgreementDetails> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    /** Admins and relationship managers create agreements (the latter for their units). */
    public boolean isMayCreate() {
        return security.isCallerInRole(Role.ADMIN_NAME) || security.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME);
    }

    public AgreementKind[] getKinds() {
        return AgreementKind.values();
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

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }
}
