package dev.gemba.security.entity;

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
     * Any signed-in caller, whatever their roles ({@code "**"} in Jakarta Security and EJB). Every
     * Gemba account holds at least one of the roles above (a user form without roles is refused),
     * so this equals listing all six.
     */
    public static final String ANY_SIGNED_IN = "**";
}
