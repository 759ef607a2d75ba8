package dev.gemba.security.control;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Collection;
import java.util.concurrent.Callable;

import dev.gemba.security.entity.Role;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs server code as a named caller holding the given roles, with the groups sign-in would give
 * them ({@link Role#groupsOf}, so {@code PERSON} for people). Used where a step is taken on an
 * authority other than the caller's own roles (a committee's mandate, the demo data set). A plain
 * {@code @RunAs} gives one role and cannot carry the derived group.
 */
public final class SystemCaller {

    /** The role category WildFly checks the {@code @RolesAllowed} of EJBs against. */
    private static final String EJB_ROLES = "ejb";

    private SystemCaller() {}

    public static <T> T call(String principal, Collection<Role> roles, Callable<T> action) throws Exception {
        var identity = SecurityDomain.getCurrent()
                .createAdHocIdentity(principal)
                .withRoleMapper(EJB_ROLES, RoleMapper.constant(Roles.fromSet(Role.groupsOf(roles))));
        try {
            return identity.runAs((PrivilegedExceptionAction<T>) action::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /** {@link #call} for actions that throw no checked exception; their runtime exceptions pass unchanged. */
    public static void run(String principal, Collection<Role> roles, Runnable action) {
        try {
            call(principal, roles, () -> {
                action.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
