package dev.gemba.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The services REST API: CRUD, validation as problem+json, optimistic locking, paging, sorting, filtering. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ServicesRestIT {

    private final Api admin = Api.as("admin");

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    public static String serviceJson(String name, String criticality, String status, Long version) {
        return "{\"name\":\"" + name + "\",\"description\":\"d\",\"owner\":\"Team\",\"criticality\":\""
                + criticality + "\",\"status\":\"" + status + "\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private JsonObject create(String name, String criticality) {
        var reply = admin.post("/api/v1/services", serviceJson(name, criticality, "LIVE", null));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    @Test
    void createReadUpdateDelete() {
        String name = "Svc " + UUID.randomUUID();
        JsonObject created = create(name, "HIGH");
        long id = created.getJsonNumber("id").longValue();
        assertEquals(name, created.getString("name"));

        var read = admin.get("/api/v1/services/" + id);
        assertEquals(200, read.status());
        assertEquals("HIGH", read.json().getString("criticality"));

        long version = read.json().getJsonNumber("version").longValue();
        var updated = admin.put("/api/v1/services/" + id, serviceJson(name + " renamed", "LOW", "RETIRING", version));
        assertEquals(200, updated.status(), updated::toString);
        assertEquals("RETIRING", updated.json().getString("status"));
        assertTrue(updated.json().getJsonNumber("version").longValue() > version);

        assertEquals(204, admin.delete("/api/v1/services/" + id).status());
        var gone = admin.get("/api/v1/services/" + id);
        assertEquals(404, gone.status());
        assertTrue(gone.isProblem());
    }

    @Test
    void blankNameIsRejectedNamingTheField() {
        var reply = admin.post("/api/v1/services", serviceJson(" ", "LOW", "LIVE", null));
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem());
        var error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("name", error.getString("field"));
    }

    @Test
    void missingCriticalityIsRejectedNamingTheField() {
        var reply = admin.post(
                "/api/v1/services", "{\"name\":\"No criticality " + UUID.randomUUID() + "\",\"status\":\"LIVE\"}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "criticality",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void unknownEnumValueIsRejectedAsProblem() {
        var reply = admin.post("/api/v1/services", serviceJson("Bad enum", "EXTREME", "LIVE", null));
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
    }

    @Test
    void malformedJsonIsRejectedAsProblem() {
        var reply = admin.post("/api/v1/services", "{\"name\": ");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
    }

    @Test
    void staleUpdateGets409AndKeepsTheNewerData() {
        String name = "Stale " + UUID.randomUUID();
        long id = create(name, "LOW").getJsonNumber("id").longValue();
        var first = admin.put("/api/v1/services/" + id, serviceJson(name, "HIGH", "LIVE", 0L));
        assertEquals(200, first.status(), first::toString);

        var stale = admin.put("/api/v1/services/" + id, serviceJson(name, "CRITICAL", "LIVE", 0L));
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.isProblem());
        assertEquals(
                "version", stale.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("HIGH", admin.get("/api/v1/services/" + id).json().getString("criticality"));
    }

    @Test
    void duplicateNameIgnoringCaseGets409() {
        String name = "Dup " + UUID.randomUUID();
        create(name, "LOW");
        var reply = admin.post("/api/v1/services", serviceJson(name.toUpperCase(), "LOW", "LIVE", null));
        assertEquals(409, reply.status(), reply::toString);
        assertEquals(
                "name", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void listsArePagedSortedAndFiltered() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        create("Paging " + tag + " c", "LOW");
        create("Paging " + tag + " a", "HIGH");
        create("Paging " + tag + " b", "HIGH");

        var page = admin.get("/api/v1/services?q=paging%20" + tag + "&sort=name,desc&size=2&page=0")
                .json();
        assertEquals(3, page.getJsonNumber("total").longValue());
        assertEquals(2, page.getJsonArray("items").size());
        assertTrue(page.getJsonArray("items").getJsonObject(0).getString("name").endsWith(" c"));

        var second = admin.get("/api/v1/services?q=paging%20" + tag + "&sort=name,desc&size=2&page=1")
                .json();
        assertEquals(1, second.getJsonArray("items").size());
        assertTrue(
                second.getJsonArray("items").getJsonObject(0).getString("name").endsWith(" a"));

        var high = admin.get("/api/v1/services?q=" + tag + "&criticality=HIGH").json();
        assertEquals(2, high.getJsonNumber("total").longValue());
    }

    @Test
    void unknownSortPropertyAndOversizedPageAreRejected() {
        var badSort = admin.get("/api/v1/services?sort=password");
        assertEquals(400, badSort.status(), badSort::toString);
        assertEquals(
                "sort", badSort.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var badSize = admin.get("/api/v1/services?size=100000");
        assertEquals(400, badSize.status());
        assertEquals(
                "size", badSize.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void demoCatalogIsThere() {
        var page = Api.as("viewer").get("/api/v1/services?q=ERP").json();
        assertTrue(page.getJsonNumber("total").longValue() >= 1, page::toString);
    }
}
