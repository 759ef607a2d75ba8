package dev.gemba.it;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import java.util.concurrent.Callable;

import dev.gemba.security.entity.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs an action as a caller of no account who holds one role, with the groups sign-in would
 * give it ({@link Role#groupsOf}: the role and {@code PERSON}). A plain {@code @RunAs} role could
 * not carry the derived group.
 */
final class TestCaller {

    /** The role category WildFly checks {@code @RolesAllowed} of EJBs against. */
    private static final String EJB_ROLES = "ejb";

    private TestCaller() {}

    static <T> T call(String principal, Role role, Callable<T> action) throws Exception {
        var identity = SecurityDomain.getCurrent()
                .createAdHocIdentity(principal)
                .withRoleMapper(EJB_ROLES, RoleMapper.constant(Roles.fromSet(Role.groupsOf(List.of(role)))));
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) action::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }
}
