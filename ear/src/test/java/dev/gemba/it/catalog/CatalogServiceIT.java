package dev.gemba.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import dev.gemba.catalog.boundary.BusinessUnitForm;
import dev.gemba.catalog.boundary.BusinessUnitQuery;
import dev.gemba.catalog.boundary.BusinessUnitService;
import dev.gemba.catalog.boundary.ServiceCatalogService;
import dev.gemba.catalog.boundary.ServiceForm;
import dev.gemba.catalog.boundary.ServiceQuery;
import dev.gemba.catalog.entity.Criticality;
import dev.gemba.catalog.entity.ServiceStatus;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import dev.gemba.it.RunAsViewer;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.StaleUpdateException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog services and repositories inside the server, against the real database. */
@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    @EJB
    ServiceCatalogService catalog;

    @EJB
    BusinessUnitService units;

    @EJB
    RunAsAdmin admin;

    @EJB
    RunAsViewer viewer;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(CatalogServiceIT.class, RunAsAdmin.class, RunAsViewer.class);
    }

    private static ServiceForm form(String name, Criticality criticality, Long version) {
        return new ServiceForm(name, null, "Owner", criticality, ServiceStatus.LIVE, version);
    }

    @Test
    void searchFiltersByTextAndCriticalityAndSortsInTheDatabase() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        admin.call(() -> catalog.create(form("zz " + tag, Criticality.LOW, null)));
        admin.call(() -> catalog.create(form("aa " + tag, Criticality.CRITICAL, null)));
        admin.call(() -> catalog.create(form("mm " + tag, Criticality.CRITICAL, null)));

        var critical = viewer.call(() ->
                catalog.list(new ServiceQuery(tag, Criticality.CRITICAL, null), new PageRequest(0, 10, "name", true)));
        assertEquals(2, critical.total());
        assertEquals(
                List.of("mm " + tag, "aa " + tag),
                critical.items().stream().map(s -> s.name()).toList());
    }

    @Test
    void likeWildcardsInFilterTextAreTakenLiterally() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        admin.call(() -> catalog.create(form("100% uptime " + tag, Criticality.LOW, null)));
        admin.call(() -> catalog.create(form("100 percent " + tag, Criticality.LOW, null)));
        var page = viewer.call(
                () -> catalog.list(new ServiceQuery("100%", null, null), new PageRequest(0, 50, null, false)));
        assertTrue(page.items().stream().allMatch(s -> s.name().contains("100%")), page::toString);
    }

    @Test
    void viewerMayReadButNotWrite() throws Exception {
        assertTrue(viewer.call(() -> catalog.list(ServiceQuery.all(), new PageRequest(0, 5, null, false)))
                        .total()
                > 0);
        var denied = assertThrows(
                Exception.class,
                () -> viewer.call(() -> catalog.create(form("Viewer " + UUID.randomUUID(), Criticality.LOW, null))));
        assertTrue(
                denied instanceof EJBAccessException || denied.getCause() instanceof EJBAccessException,
                denied.toString());
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThrows(
                EJBAccessException.class, () -> catalog.list(ServiceQuery.all(), new PageRequest(0, 5, null, false)));
    }

    @Test
    void staleVersionIsRefusedAndDataKept() throws Exception {
        var created = admin.call(() -> catalog.create(form("Lock " + UUID.randomUUID(), Criticality.LOW, null)));
        admin.call(() -> catalog.update(created.id(), form(created.name(), Criticality.HIGH, created.version())));
        assertThrows(
                StaleUpdateException.class,
                () -> admin.call(() ->
                        catalog.update(created.id(), form(created.name(), Criticality.CRITICAL, created.version()))));
        assertEquals(
                Criticality.HIGH, viewer.call(() -> catalog.get(created.id())).criticality());
    }

    @Test
    void businessUnitKeepsItsConsumedServices() throws Exception {
        var service = admin.call(() -> catalog.create(form("Consumed " + UUID.randomUUID(), Criticality.LOW, null)));
        var unit = admin.call(() -> units.create(
                new BusinessUnitForm("Unit " + UUID.randomUUID(), null, "rm", List.of(), Set.of(service.id()), null)));
        var found = viewer.call(
                () -> units.list(new BusinessUnitQuery(null, "rm", service.id()), new PageRequest(0, 10, null, false)));
        assertEquals(1, found.total());
        assertEquals(unit.id(), found.items().get(0).id());
    }

    @Test
    void invalidFormReportsEveryField() throws Exception {
        var error = assertThrows(
                InvalidInputException.class,
                () -> admin.call(() -> catalog.create(new ServiceForm("", null, null, null, null, null))));
        assertEquals(
                Set.of("name", "criticality", "status"),
                Set.copyOf(error.errors().stream().map(e -> e.field()).toList()));
    }
}
