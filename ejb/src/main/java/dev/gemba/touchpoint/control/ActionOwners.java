package dev.gemba.touchpoint.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.security.control.UserAccountRepository;

/** Who may own a follow-up action: an enabled user, named by username. */
@Dependent
public class ActionOwners {

    @Inject
    UserAccountRepository users;

    /** The username, stripped, when it names an enabled user; otherwise refuses the field. */
    public String require(String username, String field) {
        String name = username.strip();
        if (users.findByUsername(name).filter(u -> u.isEnabled()).isEmpty()) {
            throw new InvalidInputException(field, text("user.unknown-active", name));
        }
        return name;
    }
}
