package dev.gemba.catalog.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import dev.gemba.catalog.boundary.BusinessUnitDetails;
import dev.gemba.catalog.boundary.BusinessUnitQuery;
import dev.gemba.catalog.boundary.BusinessUnitService;
import dev.gemba.catalog.boundary.ServiceCatalogService;
import dev.gemba.catalog.boundary.ServiceDetails;
import dev.gemba.catalog.boundary.ServiceQuery;
import dev.gemba.platform.boundary.PageRequest;

/** The services and business units offered in pick lists, by name, loaded once per request. */
@Named
@RequestScoped
public class CatalogChoices {

    private static final PageRequest ALL_BY_NAME = new PageRequest(0, PageRequest.MAX_SIZE, "name", false);

    @EJB
    ServiceCatalogService catalog;

    @EJB
    BusinessUnitService units;

    private List<ServiceDetails> services;
    private List<BusinessUnitDetails> businessUnits;

    public List<ServiceDetails> getServices() {
        if (services == null) {
            services = catalog.list(ServiceQuery.all(), ALL_BY_NAME).items();
        }
        return services;
    }

    public List<BusinessUnitDetails> getBusinessUnits() {
        if (businessUnits == null) {
            businessUnits = units.list(BusinessUnitQuery.all(), ALL_BY_NAME).items();
        }
        return businessUnits;
    }
}
