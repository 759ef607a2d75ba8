package dev.gemba.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * Checks a post's script nonce before anything of it is applied. PrimeFaces compares the nonce
 * only when it renders the answer, after the page's action has run: a post without the page's
 * nonce was saved and then answered 500. Here it is refused with 400 and nothing is saved.
 */
public class CspNonceCheck implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(faces).getNonce(); // compares the posted nonce with the page's
        } catch (CspException e) {
            try {
                ((HttpServletResponse) faces.getExternalContext().getResponse())
                        .sendError(HttpServletResponse.SC_BAD_REQUEST);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }
}
