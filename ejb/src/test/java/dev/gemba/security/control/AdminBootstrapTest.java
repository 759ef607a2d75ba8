package dev.gemba.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.gemba.platform.control.GembaSettings;
import dev.gemba.security.entity.Role;
import dev.gemba.security.entity.UserAccount;
import org.junit.jupiter.api.Test;

/** Outside demo mode there is no default password: the first administrator comes from configuration. */
class AdminBootstrapTest {

    /** An in-memory stand-in for the repository. */
    static class Users extends UserAccountRepository {
        final List<UserAccount> stored = new ArrayList<>();

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return stored.stream().filter(u -> u.getUsername().equals(username)).findFirst();
        }

        @Override
        public boolean existsEnabledWithRole(Role role) {
            return stored.stream().anyMatch(u -> u.isEnabled() && u.getRoles().contains(role));
        }

        @Override
        public UserAccount store(UserAccount user) {
            stored.add(user);
            return user;
        }
    }

    static class Settings extends GembaSettings {
        private final String password;

        Settings(String password) {
            this.password = password;
        }

        @Override
        public String adminUsername() {
            return "root";
        }

        @Override
        public Optional<String> adminPassword() {
            return Optional.ofNullable(password);
        }
    }

    private static AdminBootstrap bootstrap(Users users, String password) {
        var bootstrap = new AdminBootstrap();
        bootstrap.users = users;
        bootstrap.hasher = new PasswordHasher();
        bootstrap.settings = new Settings(password);
        bootstrap.passwordPolicy = new PasswordPolicy();
        bootstrap.passwordPolicy.settings = bootstrap.settings;
        return bootstrap;
    }

    @Test
    void refusesToStartWithoutAConfiguredPassword() {
        var error = assertThrows(
                IllegalStateException.class, () -> bootstrap(new Users(), null).ensureAdministrator());
        assertTrue(error.getMessage().contains("GEMBA_ADMIN_PASSWORD"));
    }

    @Test
    void refusesAShortPassword() {
        assertThrows(IllegalStateException.class, () -> bootstrap(new Users(), "short")
                .ensureAdministrator());
    }

    @Test
    void refusesALongButGuessablePassword() {
        var error = assertThrows(IllegalStateException.class, () -> bootstrap(new Users(), "password1234")
                .ensureAdministrator());
        assertTrue(error.getMessage().contains("GEMBA_ADMIN_PASSWORD"), error.getMessage());
    }

    @Test
    void createsTheFirstAdministratorFromConfiguration() {
        var users = new Users();
        bootstrap(users, "tulip-quarry-Denim-47").ensureAdministrator();
        UserAccount admin = users.findByUsername("root").orElseThrow();
        assertTrue(admin.getRoles().contains(Role.ADMIN));
        assertTrue(new PasswordHasher().verify("tulip-quarry-Denim-47".toCharArray(), admin.getPasswordHash()));
    }

    @Test
    void leavesThingsAloneWhenAnEnabledAdministratorExists() {
        var users = new Users();
        var existing = new UserAccount("ada", "Ada", "hash");
        existing.setRoles(java.util.EnumSet.of(Role.ADMIN));
        users.store(existing);
        bootstrap(users, null).ensureAdministrator();
        assertEquals(1, users.stored.size());
    }
}
