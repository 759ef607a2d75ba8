package dev.gemba.security.entity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * What a user may do. The string constants exist for {@code @RolesAllowed}, which needs
 * compile-time constants; they always equal the enum names.
 */
public enum Role {
    ADMIN,
    RELATIONSHIP_MANAGER,
    SERVICE_DESK,
    STEERING_COMMITTEE,
    VIEWER,
    INTEGRATION;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String RELATIONSHIP_MANAGER_NAME = "RELATIONSHIP_MANAGER";
    public static final String SERVICE_DESK_NAME = "SERVICE_DESK";
    public static final String STEERING_COMMITTEE_NAME = "STEERING_COMMITTEE";
    public static final String VIEWER_NAME = "VIEWER";
    public static final String INTEGRATION_NAME = "INTEGRATION";

    /**
     * Every person, that is any role but {@link #INTEGRATION} (a machine account). Not a role an
     * account is given: sign-in adds it to the caller's groups ({@link #groupsOf}), so one name
     * stands for the five people roles in {@code @RolesAllowed} and {@code web.xml}.
     */
    public static final String PERSON_NAME = "PERSON";

    /**
     * Any signed-in caller, whatever their roles ({@code "**"} in Jakarta Security and EJB). Every
     * Gemba account holds at least one of the roles above (a user form without roles is refused),
     * so this equals listing all six.
     */
    public static final String ANY_SIGNED_IN = "**";

    /** Whether the role is held by people (every role but the machine account's). */
    public boolean isPerson() {
        return this != INTEGRATION;
    }

    /** The groups a caller with these roles holds: the role names, and {@link #PERSON_NAME} for people. */
    public static Set<String> groupsOf(Collection<Role> roles) {
        var groups = new HashSet<String>();
        roles.forEach(role -> groups.add(role.name()));
        if (roles.stream().anyMatch(Role::isPerson)) {
            groups.add(PERSON_NAME);
        }
        return Set.copyOf(groups);
    }
}
