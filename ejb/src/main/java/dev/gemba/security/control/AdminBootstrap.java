package dev.gemba.security.control;

import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.platform.control.GembaSettings;
import dev.gemba.security.entity.Role;
import dev.gemba.security.entity.UserAccount;

/**
 * Outside demo mode there is no default password: if no administrator exists yet, the first one
 * is created from GEMBA_ADMIN_USERNAME / GEMBA_ADMIN_PASSWORD, and start-up fails without them.
 */
@Stateless
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    GembaSettings settings;

    @Inject
    PasswordPolicy passwordPolicy;

    public void ensureAdministrator() {
        if (users.existsEnabledWithRole(Role.ADMIN)) {
            return;
        }
        String password = settings.adminPassword()
                .orElseThrow(() -> new IllegalStateException(
                        "Gemba refuses to start: no administrator exists and GEMBA_ADMIN_PASSWORD is not set "
                                + "(or run in demo mode with GEMBA_DEMO=true)"));
        passwordPolicy
                .refusal(password, settings.adminUsername(), "Administrator")
                .ifPresent(reason -> {
                    throw new IllegalStateException("Gemba refuses to start: GEMBA_ADMIN_PASSWORD " + reason);
                });
        String hash = hasher.hash(password.toCharArray());
        UserAccount admin = users.findByUsername(settings.adminUsername())
                .orElseGet(() -> users.store(new UserAccount(settings.adminUsername(), "Administrator", hash)));
        admin.setPasswordHash(hash);
        admin.setEnabled(true);
        var roles = admin.getRoles();
        roles.add(Role.ADMIN);
        admin.setRoles(roles);
        LOG.info(() -> "Created the first administrator '" + settings.adminUsername() + "' from configuration");
    }
}
