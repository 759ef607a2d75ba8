package dev.gemba.security.boundary;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;

import dev.gemba.security.entity.Role;

/** Who a verified caller is and what roles they hold. */
public record CallerIdentity(String username, String displayName, Set<Role> roles) implements Serializable {

    public CallerIdentity {
        roles = Set.copyOf(roles);
    }

    public Set<String> roleNames() {
        return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
