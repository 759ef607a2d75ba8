package dev.gemba.security.web;

import java.io.Serializable;
import java.util.Set;

/** The signed-in UI user, kept in the HTTP session after a form login. */
record SessionCaller(String username, Set<String> roles) implements Serializable {

    static final String ATTRIBUTE = "gemba.caller";

    SessionCaller {
        roles = Set.copyOf(roles);
    }
}
