package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.Dependent;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.security.entity.Role;

/** Who may change a unit's reviews: administrators, and the unit's relationship manager. */
@Dependent
public class ReviewAccess {

    /** The calling EJB's context, looked up per call: this bean is used from the review EJBs only. */
    private static SessionContext session() {
        try {
            return (SessionContext) new InitialContext().lookup("java:comp/EJBContext");
        } catch (NamingException e) {
            throw new IllegalStateException("review access checked outside an EJB call", e);
        }
    }

    public boolean mayChange(BusinessUnit unit) {
        if (session().isCallerInRole(Role.ADMIN_NAME)) {
            return true;
        }
        var manager = unit.getRelationshipManager();
        return session().isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME)
                && manager != null
                && manager.getUsername().equals(caller());
    }

    public void requireMayChange(BusinessUnit unit) {
        if (!mayChange(unit)) {
            throw new NotPermittedException(text("review.not-yours", unit.getName()));
        }
    }

    public String caller() {
        return session().getCallerPrincipal().getName();
    }
}
