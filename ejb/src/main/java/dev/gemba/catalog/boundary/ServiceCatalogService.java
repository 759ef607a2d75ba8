package dev.gemba.catalog.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.platform.control.InputValidator.blankToNull;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.platform.boundary.DuplicateException;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;

/** Everyone signed in reads the catalog of IT services; administrators maintain it. */
@Stateless
@RolesAllowed(Role.ANY_SIGNED_IN)
public class ServiceCatalogService {

    @Inject
    ItServiceRepository services;

    @Inject
    InputValidator validator;

    public Page<ServiceDetails> list(ServiceQuery query, PageRequest page) {
        var items =
                services.search(query, page).stream().map(ServiceDetails::of).toList();
        return new Page<>(items, page.page(), page.size(), services.count(query));
    }

    public ServiceDetails get(long id) {
        return ServiceDetails.of(load(id));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ServiceDetails create(ServiceForm form) {
        validator.check(form);
        requireUniqueName(form.name(), null);
        var service = new ItService(form.name());
        apply(form, service);
        return ServiceDetails.of(services.store(service));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ServiceDetails update(long id, ServiceForm form) {
        validator.check(form);
        ItService service = load(id);
        if (form.version() == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (form.version() != service.getVersion()) {
            throw new StaleUpdateException("service", id, form.version(), service.getVersion());
        }
        requireUniqueName(form.name(), id);
        service.rename(form.name());
        apply(form, service);
        services.flush();
        return ServiceDetails.of(service);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(long id) {
        services.remove(load(id));
    }

    private void requireUniqueName(String name, Long exceptId) {
        services.findByName(name)
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new DuplicateException("name", text("service.name-taken", existing.getName()));
                });
    }

    private static void apply(ServiceForm form, ItService service) {
        service.setDescription(blankToNull(form.description()));
        service.setOwner(blankToNull(form.owner()));
        service.setCriticality(form.criticality());
        service.setStatus(form.status());
    }

    private ItService load(long id) {
        return services.find(id).orElseThrow(() -> new RecordNotFoundException("service", id));
    }
}
