package dev.gemba.touchpoint.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.Messages;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.TouchpointDetails;
import dev.gemba.touchpoint.boundary.TouchpointService;

/** Backs touchpoints/detail.xhtml?id=: one touchpoint with everything captured. */
@Named
@ViewScoped
public class TouchpointDetailView implements Serializable {

    @EJB
    TouchpointService touchpoints;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    SecurityContext security;

    private Long id;
    private TouchpointDetails touchpoint;

    public void load() throws IOException {
        try {
            touchpoint = id == null ? null : touchpoints.get(id);
        } catch (RecordNotFoundException e) {
            touchpoint = null;
        }
        if (touchpoint == null) {
            faces.getExternalContext().responseSendError(404, messages.get("touchpoint.notFound"));
            faces.responseComplete();
        }
    }

    /** Administrators, whoever logged it and its unit's relationship manager (the service enforces it). */
    public boolean isEditable() {
        return touchpoint != null
                && (security.isCallerInRole(Role.ADMIN_NAME) || security.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME))
                && touchpoints.mayChange(touchpoint.id());
    }

    public TouchpointDetails getTouchpoint() {
        return touchpoint;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
