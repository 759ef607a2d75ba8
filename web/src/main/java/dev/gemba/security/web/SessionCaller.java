package dev.gemba.security.web;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in UI user, kept in the HTTP session after a form login, with the security stamp
 * their account had then: the session holds only while the account still has it.
 */
record SessionCaller(long userId, String username, Set<String> roles, long securityStamp) implements Serializable {

    static final String ATTRIBUTE = "gemba.caller";

    SessionCaller {
        roles = Set.copyOf(roles);
    }
}
