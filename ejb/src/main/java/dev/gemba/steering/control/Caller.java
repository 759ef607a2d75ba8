package dev.gemba.steering.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import jakarta.ejb.SessionContext;

import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.security.entity.Role;
import dev.gemba.steering.entity.Committee;

/**
 * Who calls, and what that caller may do in a committee: admins everything; the chair manages
 * members, meetings and the agenda; members decide.
 */
public record Caller(String username, boolean admin) {

    public static Caller of(SessionContext session) {
        return new Caller(session.getCallerPrincipal().getName(), session.isCallerInRole(Role.ADMIN_NAME));
    }

    public boolean mayChair(Committee c) {
        return admin || username.equals(c.getChair());
    }

    public boolean mayDecide(Committee c) {
        return admin || c.hasMember(username) || username.equals(c.getChair());
    }

    public void mustChair(Committee c) {
        if (!mayChair(c)) {
            throw new NotPermittedException(text("steering.not-chair", c.getName()));
        }
    }

    public void mustDecide(Committee c) {
        if (!mayDecide(c)) {
            throw new NotPermittedException(text("steering.not-member", c.getName()));
        }
    }
}
