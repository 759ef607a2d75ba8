package dev.gemba.security.boundary;

import java.util.Set;

import dev.gemba.security.entity.Role;
import dev.gemba.security.entity.UserAccount;

/** A user as administrators see it; never carries the password hash. */
public record UserSummary(
        long id, String username, String displayName, String email, boolean enabled, Set<Role> roles, long version) {

    static UserSummary of(UserAccount u) {
        return new UserSummary(
                u.getId(),
                u.getUsername(),
                u.getDisplayName(),
                u.getEmail(),
                u.isEnabled(),
                u.getRoles(),
                u.getVersion());
    }
}
