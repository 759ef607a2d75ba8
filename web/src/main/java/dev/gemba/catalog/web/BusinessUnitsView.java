package dev.gemba.catalog.web;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.catalog.boundary.BusinessUnitDetails;
import dev.gemba.catalog.boundary.BusinessUnitQuery;
import dev.gemba.catalog.boundary.BusinessUnitService;
import dev.gemba.catalog.boundary.ServiceCatalogService;
import dev.gemba.catalog.boundary.ServiceDetails;
import dev.gemba.catalog.boundary.ServiceQuery;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Lazy;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.security.boundary.UserService;
import dev.gemba.security.entity.Role;

/** Backs catalog/business-units.xhtml: the lazy list of business units and the create/edit dialog. */
@Named
@ViewScoped
public class BusinessUnitsView implements Serializable {

    @EJB
    BusinessUnitService units;

    @EJB
    ServiceCatalogService catalog;

    @EJB
    UserService users;

    @Inject
    FormErrors formErrors;

    @Inject
    SecurityContext security;

    private transient Lazy<BusinessUnitQuery, BusinessUnitDetails> model;
    private BusinessUnitEditor editor = new BusinessUnitEditor();
    private List<ServiceDetails> services;
    private List<UserRef> relationshipManagers;

    public void startCreate() {
        editor = new BusinessUnitEditor();
        editor.addContact();
    }

    public void startEdit(BusinessUnitDetails unit) {
        editor = BusinessUnitEditor.of(unit);
    }

    public void save() {
        var form = editor.toForm();
        formErrors.attempt("unitForm", () -> {
            if (editor.getId() == null) {
                units.create(form);
            } else {
                units.update(editor.getId(), form);
            }
        });
    }

    public void delete(BusinessUnitDetails unit) {
        formErrors.attempt("units", () -> units.delete(unit.id()));
    }

    public boolean isEditable() {
        return security.isCallerInRole(Role.ADMIN_NAME) || security.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME);
    }

    /** Administrators change any unit, relationship managers their own (the service enforces it). */
    public boolean mayChange(BusinessUnitDetails unit) {
        return units.mayChange(unit);
    }

    public Lazy<BusinessUnitQuery, BusinessUnitDetails> getUnits() {
        if (model == null) {
            model = new Lazy<>(
                    filters -> new BusinessUnitQuery(
                            Lazy.text(filters, "name"), Lazy.text(filters, "relationshipManager"), null),
                    (query, page) -> units.list(query, page),
                    BusinessUnitDetails::id);
        }
        return model;
    }

    public List<ServiceDetails> getServices() {
        if (services == null) {
            services = catalog.list(ServiceQuery.all(), new PageRequest(0, PageRequest.MAX_SIZE, "name", false))
                    .items();
        }
        return services;
    }

    public List<UserRef> getRelationshipManagers() {
        if (relationshipManagers == null) {
            relationshipManagers = isEditable() ? users.relationshipManagers() : List.of();
        }
        return relationshipManagers;
    }

    public BusinessUnitEditor getEditor() {
        return editor;
    }
}
