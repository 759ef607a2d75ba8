package dev.gemba.catalog.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.platform.control.InputValidator.blankToNull;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.platform.boundary.DuplicateException;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.control.UserAccountRepository;
import dev.gemba.security.entity.Role;
import dev.gemba.security.entity.UserAccount;

/**
 * Business units (IT's customers): everyone signed in reads; administrators change any of them, a
 * relationship manager the units they manage. A relationship manager who creates or changes a unit
 * without naming its manager becomes it, and may hand it to another manager.
 */
@Stateless
@RolesAllowed(Role.ANY_SIGNED_IN)
public class BusinessUnitService {

    @Inject
    BusinessUnitRepository units;

    @Inject
    ItServiceRepository services;

    @Inject
    UserAccountRepository users;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext session;

    public Page<BusinessUnitDetails> list(BusinessUnitQuery query, PageRequest page) {
        var items =
                units.search(query, page).stream().map(BusinessUnitDetails::of).toList();
        return new Page<>(items, page.page(), page.size(), units.count(query));
    }

    public BusinessUnitDetails get(long id) {
        return BusinessUnitDetails.of(load(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public BusinessUnitDetails create(BusinessUnitForm form) {
        validator.check(form);
        requireUniqueName(form.name(), null);
        var unit = new BusinessUnit(form.name());
        apply(form, unit);
        if (unit.getRelationshipManager() == null && !session.isCallerInRole(Role.ADMIN_NAME)) {
            unit.setRelationshipManager(
                    relationshipManager(session.getCallerPrincipal().getName()));
        }
        return BusinessUnitDetails.of(units.store(unit));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public BusinessUnitDetails update(long id, BusinessUnitForm form) {
        validator.check(form);
        BusinessUnit unit = load(id);
        requireMayChange(BusinessUnitDetails.of(unit));
        if (form.version() == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (form.version() != unit.getVersion()) {
            throw new StaleUpdateException("business unit", id, form.version(), unit.getVersion());
        }
        requireUniqueName(form.name(), id);
        unit.rename(form.name());
        apply(form, unit);
        keepCallerAsManager(unit);
        units.flush();
        return BusinessUnitDetails.of(unit);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public void delete(long id) {
        BusinessUnit unit = load(id);
        requireMayChange(BusinessUnitDetails.of(unit));
        units.remove(unit);
    }

    /** Whether the caller may change or delete the unit: administrators, and its relationship manager. */
    public boolean mayChange(BusinessUnitDetails unit) {
        return session.isCallerInRole(Role.ADMIN_NAME)
                || (session.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME)
                        && session.getCallerPrincipal().getName().equals(unit.relationshipManager()));
    }

    /** A relationship manager who names no manager manages the unit: it never becomes orphaned by them. */
    private void keepCallerAsManager(BusinessUnit unit) {
        if (unit.getRelationshipManager() == null && !session.isCallerInRole(Role.ADMIN_NAME)) {
            unit.setRelationshipManager(
                    relationshipManager(session.getCallerPrincipal().getName()));
        }
    }

    private void requireMayChange(BusinessUnitDetails unit) {
        if (!mayChange(unit)) {
            throw new NotPermittedException(text("business-unit.not-yours", unit.name()));
        }
    }

    private void apply(BusinessUnitForm form, BusinessUnit unit) {
        unit.setDescription(blankToNull(form.description()));
        unit.setRelationshipManager(relationshipManager(form.relationshipManager()));
        unit.replaceKeyContacts(
                form.keyContacts().stream().map(KeyContactEntry::toContact).toList());
        unit.replaceServices(services.requireAll(form.serviceIds(), "serviceIds"));
    }

    private UserAccount relationshipManager(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        UserAccount user = users.findByUsername(username.strip())
                .orElseThrow(() -> new InvalidInputException("relationshipManager", text("user.unknown", username)));
        if (!user.getRoles().contains(Role.RELATIONSHIP_MANAGER)) {
            throw new InvalidInputException("relationshipManager", text("user.not-relationship-manager", username));
        }
        return user;
    }

    private void requireUniqueName(String name, Long exceptId) {
        units.findByName(name)
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new DuplicateException("name", text("business-unit.name-taken", existing.getName()));
                });
    }

    private BusinessUnit load(long id) {
        return units.find(id).orElseThrow(() -> new RecordNotFoundException("business unit", id));
    }
}
