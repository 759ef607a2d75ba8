package dev.gemba.security.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Ends the UI session. */
@Named
@RequestScoped
public class LogoutView {

    @Inject
    FacesContext faces;

    public void logout() throws IOException, ServletException {
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + GembaAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
        faces.responseComplete();
    }
}
