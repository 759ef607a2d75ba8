package dev.gemba.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.annotation.FacesConfig;
import jakarta.faces.context.FacesContext;

/** Activates CDI integration of Faces and makes the FacesContext injectable. */
@FacesConfig
public class FacesProducer {

    @Produces
    @RequestScoped
    FacesContext facesContext() {
        return FacesContext.getCurrentInstance();
    }
}
