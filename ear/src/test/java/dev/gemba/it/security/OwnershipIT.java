package dev.gemba.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.Deployments;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may change what a relationship manager owns: a business unit by its relationship manager
 * and administrators; a touchpoint by whoever logged it, its unit's relationship manager and
 * administrators. Everybody else with the role reads, and is refused 403 when writing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OwnershipIT {

    private static final String PASSWORD = "tulip-quarry-Denim-47";

    private final Api admin = Api.as("admin");
    private final Api rm = Api.as("rm");
    private final TouchpointFixture fixture = new TouchpointFixture();
    private Api otherRm;
    private String otherName;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @BeforeEach
    void anotherRelationshipManager() {
        otherName = "rm" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post(
                "/api/v1/users",
                "{\"username\":\"" + otherName + "\",\"displayName\":\"Other Manager\",\"enabled\":true,"
                        + "\"roles\":[\"RELATIONSHIP_MANAGER\"],\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created::toString);
        otherRm = Api.as(otherName, PASSWORD);
    }

    private JsonObject unitOfRm() {
        var unit = rm.post("/api/v1/business-units", "{\"name\":\"Owned unit " + UUID.randomUUID() + "\"}");
        assertEquals(201, unit.status(), unit::toString);
        assertEquals("rm", unit.json().getString("relationshipManager"), "its creator manages it");
        return unit.json();
    }

    private static String update(JsonObject unit, String description) {
        return Json.createObjectBuilder()
                .add("name", unit.getString("name"))
                .add("description", description)
                .add("version", unit.getJsonNumber("version").longValue())
                .add("relationshipManager", unit.getString("relationshipManager"))
                .build()
                .toString();
    }

    @Test
    void anotherRelationshipManagerReadsButCannotChangeOrDeleteAUnit() {
        JsonObject unit = unitOfRm();
        String path = "/api/v1/business-units/" + unit.getJsonNumber("id");
        assertEquals(200, otherRm.get(path).status());
        var change = otherRm.put(path, update(unit, "taken over"));
        assertEquals(403, change.status(), change::toString);
        assertTrue(change.isProblem());
        assertEquals(403, otherRm.delete(path).status());
        assertEquals(200, rm.get(path).status(), "still there");

        var own = rm.put(path, update(unit, "by its manager"));
        assertEquals(200, own.status(), own::toString);
        assertEquals(
                200, admin.put(path, update(own.json(), "by an administrator")).status());
        assertEquals(204, rm.delete(path).status());
    }

    @Test
    void aUnitWithoutRelationshipManagerIsChangedByAdministratorsOnly() {
        long unit = fixture.businessUnit("Unmanaged");
        var current = admin.get("/api/v1/business-units/" + unit).json();
        var body = Json.createObjectBuilder()
                .add("name", current.getString("name"))
                .add("version", current.getJsonNumber("version").longValue())
                .build()
                .toString();
        assertEquals(403, rm.put("/api/v1/business-units/" + unit, body).status());
        assertEquals(200, admin.put("/api/v1/business-units/" + unit, body).status());
    }

    @Test
    void aTouchpointIsChangedByWhoeverLoggedItItsUnitsManagerAndAdministrators() {
        long unit = unitOfRm().getJsonNumber("id").longValue();
        JsonObject base = fixture.touchpoint(
                        Instant.now().minusSeconds(7200).toString(),
                        "OPERATION",
                        "Complaints and escalations",
                        unit,
                        List.of(),
                        "Logged by another manager")
                .build();
        JsonObject logged = fixture.create(otherRm, Json.createObjectBuilder(base));
        String path = "/api/v1/touchpoints/" + logged.getJsonNumber("id");

        var byLogger = otherRm.put(
                path, Json.createObjectBuilder(base).add("version", 0).build().toString());
        assertEquals(200, byLogger.status(), byLogger::toString);
        var byUnitManager = rm.put(
                path, Json.createObjectBuilder(base).add("version", 1).build().toString());
        assertEquals(200, byUnitManager.status(), byUnitManager::toString);

        JsonObject ofRm = fixture.create(rm, Json.createObjectBuilder(base));
        String rmsPath = "/api/v1/touchpoints/" + ofRm.getJsonNumber("id");
        long elsewhere = fixture.businessUnit("Elsewhere");
        JsonObject elsewhereTouchpoint = fixture.create(
                admin,
                fixture.touchpoint(
                        Instant.now().minusSeconds(7200).toString(),
                        "OPERATION",
                        "Complaints and escalations",
                        elsewhere,
                        List.of(),
                        "Logged by an administrator"));
        String adminsPath = "/api/v1/touchpoints/" + elsewhereTouchpoint.getJsonNumber("id");
        var refused = otherRm.put(
                adminsPath,
                Json.createObjectBuilder(base).add("version", 0).build().toString());
        assertEquals(403, refused.status(), refused::toString);
        assertEquals(403, otherRm.delete(adminsPath).status());
        assertEquals(200, otherRm.get(adminsPath).status(), "reads it");
        assertEquals(204, admin.delete(adminsPath).status());
        assertEquals(204, rm.delete(rmsPath).status());
    }

    @Test
    void theCatalogPageOffersEditAndDeleteOnlyOnOwnUnits() {
        unitOfRm();
        try (Browser browser = new Browser()) {
            browser.signIn(otherName, PASSWORD);
            browser.open("/catalog/business-units.xhtml");
            browser.waitForText("Finance");
            assertEquals(0, countButtons(browser), "another manager's units offer no edit or delete");
        }
        try (Browser browser = new Browser()) {
            browser.signIn("rm", Api.DEMO_PASSWORD);
            browser.open("/catalog/business-units.xhtml");
            browser.waitForText("Finance");
            assertTrue(countButtons(browser) > 0, "own units offer edit and delete");
        }
    }

    private static long countButtons(Browser browser) {
        return java.util.regex.Pattern.compile("id=\"units:table:\\d+:(edit|delete)\"")
                .matcher(browser.pageSource())
                .results()
                .count();
    }
}
