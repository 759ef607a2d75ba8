package dev.gemba.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.DuplicateException;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.StaleUpdateException;
import org.primefaces.PrimeFaces;

/**
 * Shows a service's rejection of a form next to the offending fields: the input components of an
 * editing dialog have ids equal to the form record's field names.
 */
@RequestScoped
public class FormErrors {

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    /** Runs an action; on a rule violation shows the messages and tells the page the dialog must stay open. */
    public boolean attempt(String formId, Runnable action) {
        try {
            action.run();
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            return true;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> fieldMessage(formId, error));
        } catch (DuplicateException e) {
            fieldMessage(formId, new FieldError(e.field(), e.getMessage()));
        } catch (NotPermittedException | dev.gemba.platform.boundary.RuleViolationException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
        } catch (StaleUpdateException e) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("form.stale"), e.getMessage()));
        }
        faces.validationFailed();
        PrimeFaces.current().ajax().addCallbackParam("saved", false);
        return false;
    }

    private void fieldMessage(String formId, FieldError error) {
        String field = error.field().contains("[")
                ? error.field().substring(0, error.field().indexOf('['))
                : error.field();
        String clientId = faces.getViewRoot().findComponent(formId + ":" + field) != null ? formId + ":" + field : null;
        // a row of a table (questions[2].textDe) is named, so the person knows which row to fix
        String text = clientId == null || !field.equals(error.field())
                ? error.field() + ": " + error.message()
                : error.message();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
