package dev.gemba.it.servicelevel;

import static dev.gemba.it.servicelevel.ServiceLevelFixture.code;
import static dev.gemba.it.servicelevel.ServiceLevelFixture.create;
import static dev.gemba.it.servicelevel.ServiceLevelFixture.id;
import static dev.gemba.it.servicelevel.ServiceLevelFixture.post;
import static dev.gemba.it.servicelevel.ServiceLevelFixture.sla;
import static dev.gemba.it.servicelevel.ServiceLevelFixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agreements over REST: targets with their defaults, optimistic locking, bad input named by field,
 * relationship managers limited to their units, figures posted by an ITSM with corrections kept,
 * and compliance per month against a data set with known answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceLevelsRestIT {

    private final Api admin = Api.as("admin");
    private final Api rm = Api.as("rm");
    private final Api integration = Api.as("integration");
    private final TouchpointFixture catalog = new TouchpointFixture();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void anAgreementIsCreatedWithTargetDefaultsChangedUnderLockAndDeleted() {
        long service = catalog.service("SLA");
        long unit = catalog.businessUnit("SLA");
        String code = code("SLA");
        JsonObject created = create(
                admin,
                sla(
                        code,
                        service,
                        unit,
                        Json.createArrayBuilder()
                                .add(target("AVAILABILITY", null, null, null))
                                .add(target("RESPONSE_TIME", "P1", "20", null))
                                .add(target("LEVEL_1_RESOLUTION", null, null, null))));
        long id = id(created);
        var targets = created.getJsonArray("targets");
        assertEquals(3, targets.size());
        JsonObject availability = targets.getJsonObject(0);
        assertEquals("availability", availability.getString("code"));
        assertEquals(99.5, availability.getJsonNumber("targetValue").doubleValue());
        assertEquals(0.2, availability.getJsonNumber("atRiskMargin").doubleValue());
        assertTrue(availability.getBoolean("higherIsBetter"));
        JsonObject response = targets.getJsonObject(1);
        assertEquals("response-time-p1", response.getString("code"));
        assertFalse(response.getBoolean("higherIsBetter"), "less time is better");
        assertEquals("MINUTES", response.getString("unit"));
        assertEquals(80, targets.getJsonObject(2).getJsonNumber("targetValue").intValue(), "level 1 resolves 80%");

        JsonObject body = sla(
                        code,
                        service,
                        unit,
                        Json.createArrayBuilder()
                                .add(target("AVAILABILITY", null, "99.9", "0.05")
                                        .add(
                                                "id",
                                                availability.getJsonNumber("id").longValue())))
                .add("name", "Renamed " + code)
                .build();
        // a builder empties itself when built: the body is built once and copied per request
        var stale = admin.put(
                "/api/v1/agreements/" + id,
                Json.createObjectBuilder(body).add("version", 99).build().toString());
        assertEquals(409, stale.status(), stale::toString);
        var changed = admin.put(
                "/api/v1/agreements/" + id,
                Json.createObjectBuilder(body)
                        .add("version", created.getJsonNumber("version").longValue())
                        .build()
                        .toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(1, changed.json().getJsonArray("targets").size());
        assertEquals(
                availability.getJsonNumber("id").longValue(),
                changed.json()
                        .getJsonArray("targets")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue(),
                "a kept target keeps its id and so its measurements");

        var list = Api.as("viewer")
                .get("/api/v1/agreements?serviceId=" + service)
                .jsonValue()
                .asJsonArray();
        assertEquals(1, list.size());
        assertFalse(list.getJsonObject(0).getBoolean("mayChange"), "viewers read");

        assertEquals(204, admin.delete("/api/v1/agreements/" + id).status());
        assertEquals(404, admin.get("/api/v1/agreements/" + id).status());
    }

    @Test
    void badInputIsRefusedAsProblemJsonNamingTheField() {
        long service = catalog.service("SLA");
        assertField(
                "supportGroup",
                admin.post(
                        "/api/v1/agreements",
                        Json.createObjectBuilder()
                                .add("code", code("OLA"))
                                .add("name", "No group")
                                .add("kind", "OLA")
                                .add("serviceId", service)
                                .build()
                                .toString()));
        assertField(
                "targets[0].priority",
                admin.post(
                        "/api/v1/agreements",
                        sla(
                                        code("SLA"),
                                        service,
                                        null,
                                        Json.createArrayBuilder().add(target("RESOLVED_WITHIN", null, "90", null)))
                                .build()
                                .toString()));
        assertField(
                "targets[0].targetValue",
                admin.post(
                        "/api/v1/agreements",
                        sla(
                                        code("SLA"),
                                        service,
                                        null,
                                        Json.createArrayBuilder().add(target("AVAILABILITY", null, "101", null)))
                                .build()
                                .toString()));
        assertField(
                "name",
                admin.post("/api/v1/agreements", "{\"code\":\"X-1\",\"kind\":\"SLA\",\"serviceId\":" + service + "}"));
        String taken = code("SLA");
        create(admin, sla(taken, service, null, Json.createArrayBuilder()));
        var duplicate = admin.post(
                "/api/v1/agreements",
                sla(taken, service, null, Json.createArrayBuilder()).build().toString());
        assertTrue(duplicate.isProblem(), duplicate::toString);
        assertTrue(duplicate.body().contains("code"), duplicate::toString);

        long agreement = id(create(
                admin,
                sla(
                        code("SLA"),
                        service,
                        null,
                        Json.createArrayBuilder().add(target("AVAILABILITY", null, null, null)))));
        assertField("period", post(integration, agreement, "availability", "2026-13", "99"));
        assertField("period", post(integration, agreement, "availability", "2999-01", "99"));
        assertField("target", post(integration, agreement, "uptime", "2026-01", "99"));
        assertField("value", post(integration, agreement, "availability", "2026-01", "100.5"));
    }

    @Test
    void relationshipManagersManageAgreementsWithTheirOwnUnitsOnly() {
        long service = catalog.service("SLA");
        var ownUnit = rm.post("/api/v1/business-units", "{\"name\":\"RM unit " + code("u") + "\"}");
        assertEquals(201, ownUnit.status(), ownUnit::toString);
        long own = ownUnit.json().getJsonNumber("id").longValue();
        long other = catalog.businessUnit("Not rm's");

        JsonObject mine = create(
                rm,
                sla(
                        code("SLA"),
                        service,
                        own,
                        Json.createArrayBuilder().add(target("AVAILABILITY", null, null, null))));
        assertTrue(mine.getBoolean("mayChange"));
        assertEquals(200, post(rm, id(mine), "availability", "2026-01", "99.9").status());

        var notMine = rm.post(
                "/api/v1/agreements",
                sla(code("SLA"), service, other, Json.createArrayBuilder())
                        .build()
                        .toString());
        assertEquals(403, notMine.status(), notMine::toString);
        assertTrue(notMine.isProblem());
        var allUnits = rm.post(
                "/api/v1/agreements",
                sla(code("SLA"), service, null, Json.createArrayBuilder())
                        .build()
                        .toString());
        assertEquals(403, allUnits.status(), "an SLA with all units is the admins'");

        long admins = id(create(
                admin,
                sla(
                        code("SLA"),
                        service,
                        other,
                        Json.createArrayBuilder().add(target("AVAILABILITY", null, null, null)))));
        assertEquals(403, post(rm, admins, "availability", "2026-01", "99.9").status());
        assertEquals(403, rm.delete("/api/v1/agreements/" + admins).status());
        assertEquals(
                200,
                post(integration, admins, "availability", "2026-01", "99.9").status(),
                "an ITSM posts for any");
    }

    @Test
    void anItsmPostsFiguresAndACorrectionReplacesTheMonthKeepingTheReplacedFigure() {
        long service = catalog.service("SLA");
        long agreement = id(create(
                admin,
                sla(
                        code("SLA"),
                        service,
                        null,
                        Json.createArrayBuilder().add(target("AVAILABILITY", null, null, null)))));
        assertEquals(
                "ADDED",
                post(integration, agreement, "availability", "2026-02", "99.1")
                        .json()
                        .getString("outcome"));
        assertEquals(
                "UNCHANGED",
                post(integration, agreement, "availability", "2026-02", "99.10")
                        .json()
                        .getString("outcome"));
        JsonObject corrected =
                post(admin, agreement, "AVAILABILITY", "2026-02", "99.7").json();
        assertEquals("REPLACED", corrected.getString("outcome"));
        assertEquals(
                99.7,
                corrected.getJsonObject("measurement").getJsonNumber("measured").doubleValue());

        var entries = Api.as("steering")
                .get("/api/v1/agreements/" + agreement + "/measurements")
                .jsonValue()
                .asJsonArray();
        assertEquals(2, entries.size(), entries::toString);
        JsonObject current = entries.getJsonObject(0);
        assertEquals("2026-02", current.getString("period"));
        assertEquals(99.7, current.getJsonNumber("measured").doubleValue());
        assertEquals("REST", current.getString("source"));
        assertFalse(superseded(current), current::toString);
        JsonObject replaced = entries.getJsonObject(1);
        assertEquals(99.1, replaced.getJsonNumber("measured").doubleValue());
        assertEquals("integration", replaced.getString("recordedBy"));
        assertEquals("admin", replaced.getString("supersededBy"));
    }

    /**
     * Availability 99.5 with margin 0.2 and P1 response 30 minutes with margin 5, over three months:
     * January 99.8 / 20 (compliant, compliant), February 99.6 / 32 (at risk, breached), March 99.4 / 28
     * (breached, at risk) until March's availability is corrected to 99.9 (compliant).
     */
    @Test
    void complianceOfAKnownDataSetIncludingMarginsAndACorrectedMonth() {
        long service = catalog.service("SLA");
        long unit = catalog.businessUnit("SLA");
        long agreement = id(create(
                admin,
                sla(
                        code("SLA"),
                        service,
                        unit,
                        Json.createArrayBuilder()
                                .add(target("AVAILABILITY", null, "99.5", "0.2"))
                                .add(target("RESPONSE_TIME", "P1", "30", "5")))));
        String[][] figures = {
            {"availability", "2026-01", "99.8"}, {"response-time-p1", "2026-01", "20"},
            {"availability", "2026-02", "99.6"}, {"response-time-p1", "2026-02", "32"},
            {"availability", "2026-03", "99.4"}, {"response-time-p1", "2026-03", "28"}
        };
        for (String[] f : figures) {
            assertEquals(200, post(integration, agreement, f[0], f[1], f[2]).status());
        }
        JsonObject before = compliance(agreement);
        assertEquals(
                List.of("COMPLIANT", "AT_RISK", "BREACHED", "COMPLIANT", "BREACHED", "AT_RISK"),
                strings(before, "status"));
        assertEquals(
                List.of("UNKNOWN", "WORSENING", "WORSENING", "UNKNOWN", "WORSENING", "IMPROVING"),
                strings(before, "trend"));
        assertEquals(List.of(1.0, 0.25, 0.25), scores(before));
        assertEquals("WORSENING", before.getString("trend"));

        post(integration, agreement, "availability", "2026-03", "99.9");
        JsonObject after = compliance(agreement);
        assertEquals(
                List.of("COMPLIANT", "AT_RISK", "COMPLIANT", "COMPLIANT", "BREACHED", "AT_RISK"),
                strings(after, "status"));
        assertEquals(List.of(1.0, 0.25, 0.75), scores(after));

        // the same agreement in the unit's and the service's reports
        for (String scope : List.of("businessUnitId=" + unit, "serviceId=" + service)) {
            JsonObject report = Api.as("viewer")
                    .get("/api/v1/agreements/compliance?" + scope + "&from=2026-01&to=2026-03")
                    .json();
            assertEquals(1, report.getJsonArray("agreements").size(), report::toString);
            assertEquals(
                    1,
                    report.getJsonArray("agreements").getJsonObject(0).getJsonArray("figures").stream()
                            .filter(f -> f.asJsonObject().getString("status").equals("BREACHED"))
                            .count());
        }
        var range = admin.get("/api/v1/agreements/" + agreement + "/compliance?from=2026-03&to=2026-01");
        assertEquals(400, range.status());
        assertEquals("to", range.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                400, admin.get("/api/v1/agreements/compliance?from=2026-01").status(), "a scope is needed");
    }

    @Test
    void theDemoUnitFinanceHasTwelveMonthsWithBreachesRisksAndACorrection() {
        long finance = catalog.existingBusinessUnit("Finance");
        JsonObject report = Api.as("steering")
                .get("/api/v1/agreements/compliance?businessUnitId=" + finance)
                .json();
        var codes = report.getJsonArray("agreements").stream()
                .map(a -> a.asJsonObject().getJsonObject("agreement").getString("code"))
                .toList();
        assertTrue(codes.containsAll(List.of("SLA-ERP-FIN", "SLA-MAIL")), codes::toString);
        assertFalse(codes.contains("SLA-VPN-SALES"), "Sales' SLA is not Finance's");
        JsonObject erp = report.getJsonArray("agreements").stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonObject("agreement").getString("code").equals("SLA-ERP-FIN"))
                .findFirst()
                .orElseThrow();
        assertEquals(12, erp.getJsonArray("periods").size());
        var statuses = erp.getJsonArray("figures").stream()
                .map(f -> f.asJsonObject().getString("status"))
                .toList();
        assertTrue(statuses.contains("BREACHED") && statuses.contains("AT_RISK"), statuses::toString);
        long erpId = erp.getJsonObject("agreement").getJsonNumber("id").longValue();
        var history = admin.get("/api/v1/agreements/" + erpId + "/measurements")
                .jsonValue()
                .asJsonArray();
        assertEquals(
                1,
                history.stream().filter(h -> superseded(h.asJsonObject())).count(),
                "the corrected month keeps the first figure");
    }

    private JsonObject compliance(long agreement) {
        var reply = Api.as("viewer").get("/api/v1/agreements/" + agreement + "/compliance?from=2026-01&to=2026-03");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<String> strings(JsonObject compliance, String field) {
        return compliance.getJsonArray("figures").stream()
                .map(f -> f.asJsonObject().getString(field))
                .toList();
    }

    private static List<Double> scores(JsonObject compliance) {
        return compliance.getJsonArray("periods").stream()
                .map(p -> p.asJsonObject().getJsonNumber("score").doubleValue())
                .toList();
    }

    static boolean superseded(JsonObject entry) {
        return entry.containsKey("supersededAt") && !entry.isNull("supersededAt");
    }

    static void assertField(String field, Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        var fields = reply.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .toList();
        assertTrue(fields.contains(field), field + " in " + fields);
    }
}
