package dev.gemba.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The business-units REST API: consumed services, key contacts, relationship manager, validation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BusinessUnitsRestIT {

    private final Api rm = Api.as("rm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    private long serviceId(String name) {
        var reply = Api.as("admin").post("/api/v1/services", ServicesRestIT.serviceJson(name, "MEDIUM", "LIVE", null));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void relationshipManagerCreatesUnitWithServicesAndContacts() {
        long erp = serviceId("BU svc " + UUID.randomUUID());
        String name = "Unit " + UUID.randomUUID();
        var reply = rm.post(
                "/api/v1/business-units",
                "{\"name\":\"" + name + "\",\"relationshipManager\":\"rm\","
                        + "\"keyContacts\":[{\"name\":\"Kim Key\",\"email\":\"kim@example.com\",\"jobTitle\":\"COO\"}],"
                        + "\"serviceIds\":[" + erp + "]}");
        assertEquals(201, reply.status(), reply::toString);
        long id = reply.json().getJsonNumber("id").longValue();

        var unit = rm.get("/api/v1/business-units/" + id).json();
        assertEquals("rm", unit.getString("relationshipManager"));
        assertEquals(
                "Kim Key", unit.getJsonArray("keyContacts").getJsonObject(0).getString("name"));
        assertEquals(
                erp,
                unit.getJsonArray("services")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());

        var consumers = rm.get("/api/v1/business-units?serviceId=" + erp).json();
        assertEquals(1, consumers.getJsonNumber("total").longValue());
    }

    @Test
    void relationshipManagerMustHaveThatRole() {
        var reply = rm.post(
                "/api/v1/business-units",
                "{\"name\":\"RM check " + UUID.randomUUID() + "\",\"relationshipManager\":\"viewer\"}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "relationshipManager",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void invalidContactEmailNamesTheNestedField() {
        var reply = rm.post(
                "/api/v1/business-units",
                "{\"name\":\"Email check " + UUID.randomUUID()
                        + "\",\"keyContacts\":[{\"name\":\"A\",\"email\":\"not-an-email\"}]}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "keyContacts[0].email",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unknownServiceIsRejected() {
        var reply = rm.post(
                "/api/v1/business-units",
                "{\"name\":\"Svc check " + UUID.randomUUID() + "\",\"serviceIds\":[987654321]}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "serviceIds",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void staleUpdateGets409() {
        var created = rm.post("/api/v1/business-units", "{\"name\":\"Stale unit " + UUID.randomUUID() + "\"}")
                .json();
        long id = created.getJsonNumber("id").longValue();
        String name = created.getString("name");
        assertEquals(
                200,
                rm.put(
                                "/api/v1/business-units/" + id,
                                "{\"name\":\"" + name + "\",\"description\":\"first\",\"version\":0}")
                        .status());
        var stale = rm.put(
                "/api/v1/business-units/" + id, "{\"name\":\"" + name + "\",\"description\":\"second\",\"version\":0}");
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("first", rm.get("/api/v1/business-units/" + id).json().getString("description"));
    }

    @Test
    void demoUnitsConsumeServices() {
        var finance = Api.as("viewer").get("/api/v1/business-units?q=finance").json();
        assertTrue(finance.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonArray("services")
                        .size()
                >= 3);
    }
}
