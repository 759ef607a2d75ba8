package dev.gemba.touchpoint.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Lazy;
import dev.gemba.platform.web.Messages;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.FollowUpChange;
import dev.gemba.touchpoint.boundary.FollowUpDetails;
import dev.gemba.touchpoint.boundary.FollowUpQuery;
import dev.gemba.touchpoint.boundary.FollowUpService;
import dev.gemba.touchpoint.entity.FollowUpStatus;

/**
 * Backs touchpoints/follow-ups.xhtml: my actions, all open ones, overdue ones, with their age;
 * closing and reassigning them.
 */
@Named
@ViewScoped
public class FollowUpsView implements Serializable {

    /** Which list is shown. */
    public enum Scope {
        MINE,
        OPEN,
        OVERDUE
    }

    @EJB
    FollowUpService followUps;

    @Inject
    FormErrors formErrors;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    private Scope scope = Scope.MINE;
    private FollowUpDetails reassigning;
    private String newOwner;
    private LocalDate newDueDate;
    private transient Lazy<FollowUpQuery, FollowUpDetails> actions;

    @PostConstruct
    void init() {
        actions = lazy();
    }

    private Lazy<FollowUpQuery, FollowUpDetails> lazy() {
        return new Lazy<>(
                filters -> new FollowUpQuery(null, FollowUpStatus.OPEN, scope == Scope.OVERDUE, null),
                (query, page) -> scope == Scope.MINE ? followUps.mine(query, page) : followUps.search(query, page),
                FollowUpDetails::id);
    }

    public void close(FollowUpDetails action) {
        if (formErrors.attempt(
                "followUps",
                () -> followUps.change(
                        action.id(), new FollowUpChange(FollowUpStatus.DONE, null, null, action.version())))) {
            inform(messages.get("followUps.closed"));
        }
    }

    /** Opens the reassign dialog for an action, filled with its owner and due date. */
    public void startReassign(FollowUpDetails action) {
        reassigning = action;
        newOwner = action.owner();
        newDueDate = action.dueDate();
    }

    /** Gives the action to another user and, if changed, a new due date; refusals show at the field. */
    public void reassign() {
        var change = new FollowUpChange(reassigning.status(), newOwner, newDueDate, reassigning.version());
        if (formErrors.attempt("reassign", () -> followUps.change(reassigning.id(), change))) {
            inform(messages.get("followUps.reassigned", newOwner.strip()));
            reassigning = null;
        }
    }

    private void inform(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, ""));
    }

    /** Owners close their own actions; relationship managers and admins close any. */
    public boolean canClose(FollowUpDetails action) {
        return security.getCallerPrincipal().getName().equals(action.owner())
                || security.isCallerInRole(Role.ADMIN_NAME)
                || security.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME);
    }

    public Scope[] getScopes() {
        return Scope.values();
    }

    public Lazy<FollowUpQuery, FollowUpDetails> getActions() {
        if (actions == null) {
            actions = lazy();
        }
        return actions;
    }

    public FollowUpDetails getReassigning() {
        return reassigning;
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope;
    }
}
