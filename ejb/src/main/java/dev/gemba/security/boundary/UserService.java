package dev.gemba.security.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.DuplicateException;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.control.CredentialCache;
import dev.gemba.security.control.PasswordHasher;
import dev.gemba.security.control.PasswordPolicy;
import dev.gemba.security.control.UserAccountRepository;
import dev.gemba.security.entity.Role;
import dev.gemba.security.entity.UserAccount;

/** Administrators manage users and their roles. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class UserService {

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    CredentialCache credentialCache;

    @Inject
    InputValidator validator;

    @Inject
    PasswordPolicy passwordPolicy;

    public List<UserSummary> list() {
        return users.findAll().stream().map(UserSummary::of).toList();
    }

    /** Users who can be assigned to a business unit as its relationship manager. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public List<UserRef> relationshipManagers() {
        return users.findAll().stream()
                .filter(u -> u.isEnabled() && u.getRoles().contains(Role.RELATIONSHIP_MANAGER))
                .map(u -> new UserRef(u.getUsername(), u.getDisplayName()))
                .toList();
    }

    /** Enabled users who can own work (improvement items), by display name. */
    @RolesAllowed(Role.PERSON_NAME)
    public List<UserRef> people() {
        return users.findAll().stream()
                .filter(u -> u.isEnabled())
                .map(u -> new UserRef(u.getUsername(), u.getDisplayName()))
                .sorted(java.util.Comparator.comparing(UserRef::displayName))
                .toList();
    }

    public UserSummary get(long id) {
        return UserSummary.of(load(id));
    }

    public UserSummary create(UserForm form) {
        validator.check(form);
        if (form.password() == null) {
            throw new InvalidInputException("password", text("user.password-required"));
        }
        checkPassword(form);
        if (users.findByUsername(form.username()).isPresent()) {
            throw new DuplicateException("username", text("user.name-taken", form.username()));
        }
        var user = new UserAccount(
                form.username(), form.displayName(), hasher.hash(form.password().toCharArray()));
        apply(form, user);
        return UserSummary.of(users.store(user));
    }

    public UserSummary update(long id, UserForm form) {
        validator.check(form);
        UserAccount user = load(id);
        if (form.version() == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (form.version() != user.getVersion()) {
            throw new StaleUpdateException("user", id, form.version(), user.getVersion());
        }
        if (!user.getUsername().equals(form.username())) {
            throw new InvalidInputException("username", text("user.name-fixed"));
        }
        keepOneAdministrator(user, form.enabled() && form.roles().contains(Role.ADMIN));
        if (form.password() != null) {
            checkPassword(form);
        }
        apply(form, user);
        if (form.password() != null) {
            user.setPasswordHash(hasher.hash(form.password().toCharArray()));
        }
        credentialCache.forget(user.getUsername());
        users.flush();
        return UserSummary.of(user);
    }

    public void delete(long id) {
        UserAccount user = load(id);
        keepOneAdministrator(user, false);
        credentialCache.forget(user.getUsername());
        users.remove(user);
    }

    private void apply(UserForm form, UserAccount user) {
        user.setDisplayName(form.displayName().strip());
        user.setEmail(
                form.email() == null || form.email().isBlank()
                        ? null
                        : form.email().strip());
        user.setEnabled(form.enabled());
        user.setRoles(form.roles());
    }

    private void checkPassword(UserForm form) {
        passwordPolicy
                .refusal(form.password(), form.username(), form.displayName())
                .ifPresent(reason -> {
                    throw new InvalidInputException("password", reason);
                });
    }

    /** Nobody can lock everyone out: the last enabled administrator stays one. */
    private void keepOneAdministrator(UserAccount user, boolean staysAdmin) {
        boolean isAdmin = user.isEnabled() && user.getRoles().contains(Role.ADMIN);
        if (isAdmin
                && !staysAdmin
                && users.findAll().stream()
                                .filter(u -> u.isEnabled() && u.getRoles().contains(Role.ADMIN))
                                .count()
                        <= 1) {
            throw new InvalidInputException("roles", text("user.last-admin"));
        }
    }

    private UserAccount load(long id) {
        return users.find(id).orElseThrow(() -> new RecordNotFoundException("user", id));
    }
}
