package dev.gemba.catalog.web;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.catalog.boundary.ServiceCatalogService;
import dev.gemba.catalog.boundary.ServiceDetails;
import dev.gemba.catalog.boundary.ServiceForm;
import dev.gemba.catalog.boundary.ServiceQuery;
import dev.gemba.catalog.entity.Criticality;
import dev.gemba.catalog.entity.ServiceStatus;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Lazy;
import dev.gemba.security.entity.Role;

/** Backs catalog/services.xhtml: the lazy list of IT services and the create/edit dialog. */
@Named
@ViewScoped
public class ServiceCatalogView implements Serializable {

    @EJB
    ServiceCatalogService catalog;

    @Inject
    FormErrors formErrors;

    @Inject
    SecurityContext security;

    private transient Lazy<ServiceQuery, ServiceDetails> services;

    private ServiceEditor editor = new ServiceEditor();

    public void startCreate() {
        editor = new ServiceEditor();
    }

    public void startEdit(ServiceDetails service) {
        editor = ServiceEditor.of(service);
    }

    public void save() {
        ServiceForm form = editor.toForm();
        formErrors.attempt("serviceForm", () -> {
            if (editor.getId() == null) {
                catalog.create(form);
            } else {
                catalog.update(editor.getId(), form);
            }
        });
    }

    public void delete(ServiceDetails service) {
        formErrors.attempt("services", () -> catalog.delete(service.id()));
    }

    public boolean isEditable() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    static <E extends Enum<E>> E enumFilter(
            java.util.Map<String, org.primefaces.model.FilterMeta> filters, String field, Class<E> type) {
        String value = Lazy.text(filters, field);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public Lazy<ServiceQuery, ServiceDetails> getServices() {
        if (services == null) {
            services = new Lazy<>(
                    filters -> new ServiceQuery(
                            Lazy.text(filters, "name"),
                            enumFilter(filters, "criticality", Criticality.class),
                            enumFilter(filters, "status", ServiceStatus.class)),
                    (query, page) -> catalog.list(query, page),
                    ServiceDetails::id);
        }
        return services;
    }

    public ServiceEditor getEditor() {
        return editor;
    }

    public Criticality[] getCriticalities() {
        return Criticality.values();
    }

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
    }
}
