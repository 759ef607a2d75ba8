package dev.gemba.security.boundary;

import java.io.Serializable;
import java.util.Set;

import dev.gemba.security.entity.Role;

/**
 * Who a verified caller is and what roles they hold, as of the account's {@code securityStamp}:
 * when the stamp stored with the account differs, the roles here are no longer true.
 */
public record CallerIdentity(long userId, String username, String displayName, Set<Role> roles, long securityStamp)
        implements Serializable {

    public CallerIdentity {
        roles = Set.copyOf(roles);
    }

    /** The groups the container knows the caller by: role names and {@link Role#PERSON_NAME}. */
    public Set<String> roleNames() {
        return Role.groupsOf(roles);
    }
}
