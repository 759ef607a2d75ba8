package dev.gemba.it.improvement;

import static dev.gemba.it.improvement.ImprovementsRestIT.step;
import static dev.gemba.it.improvement.ImprovementsRestIT.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
 * A manual KPI over REST: values entered by hand with the day they were measured, by the owner,
 * proposers and admins only; the history in order; the baseline taken from it at approval; the
 * outcome computed from the values without an interval; a measured KPI refuses them (409).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManualKpiIT {

    private final Api desk = Api.as("desk");
    private final Api steering = Api.as("steering");
    private final Api admin = Api.as("admin");
    private final Api owner = Api.as("viewer");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void valuesEnteredByHandMakeTheHistoryBaselineAndOutcome() {
        long service = new TouchpointFixture().service("Manual KPI");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonObject item = ok(desk.post("/api/v1/improvements", manualItemJson(service)), 201);
        long id = item.getJsonNumber("id").longValue();
        String values = "/api/v1/improvements/" + id + "/kpi-values";

        assertEquals(403, steering.post(values, value(today, 1, null)).status(), "neither owner nor proposer");
        var noDay = desk.post(values, "{\"value\":61}");
        assertEquals(400, noDay.status(), noDay::toString);
        assertEquals("measuredOn", field(noDay));
        var future = desk.post(values, value(today.plusDays(1), 61, null));
        assertEquals(400, future.status(), future::toString);
        assertEquals("measuredOn", field(future));

        entered(desk.post(values, value(today.minusDays(20), 60, "Monthly ITSM report")));
        entered(desk.post(values, value(today.minusDays(15), 62, null)));
        // a correction for the same day: the newest entry counts
        var history = owner.post(values, value(today.minusDays(15), 64, "corrected"));
        assertEquals(200, history.status(), history::toString);
        var list = owner.get(values).jsonValue().asJsonArray();
        assertEquals(3, list.size());
        assertEquals(today.minusDays(20).toString(), list.getJsonObject(0).getString("measuredOn"));
        assertEquals("Monthly ITSM report", list.getJsonObject(0).getString("note"));
        assertEquals("viewer", list.getJsonObject(2).getString("enteredBy"));

        JsonObject before = owner.get("/api/v1/improvements/" + id + "/outcome").json();
        assertEquals("NOT_YET_MEASURABLE", before.getString("verdict"));
        assertEquals(64, before.getJsonObject("before").getJsonNumber("value").doubleValue(), 1e-9);

        // entering a value changes the item's current value, so its version moved on
        item = owner.get("/api/v1/improvements/" + id).json();
        item = ImprovementsRestIT.ok(step(steering, id, "ACCEPTED", null, null, version(item)));
        item = ImprovementsRestIT.ok(step(steering, id, "APPROVED", null, "Worth measuring", version(item)));
        assertEquals(64, item.getJsonNumber("baselineValue").doubleValue(), 1e-9, "baseline from the history");
        item = ImprovementsRestIT.ok(step(admin, id, "IN_PROGRESS", null, null, version(item)));
        item = ImprovementsRestIT.ok(step(admin, id, "DELIVERED", null, null, version(item)));
        entered(owner.post(values, value(today, 75, "After the new knowledge articles")));

        JsonObject outcome =
                owner.get("/api/v1/improvements/" + id + "/outcome").json();
        assertEquals("IMPROVED", outcome.getString("verdict"), outcome::toString);
        assertEquals(11, outcome.getJsonNumber("difference").doubleValue(), 1e-9);
        assertTrue(!outcome.containsKey("lower") || outcome.isNull("lower"), "no interval for values typed in");
        assertEquals(75, outcome.getJsonObject("after").getJsonNumber("value").doubleValue(), 1e-9);
        assertEquals(3, outcome.getJsonArray("weekly").size(), "one point per day with a value");
        assertEquals(
                75,
                owner.get("/api/v1/improvements/" + id)
                        .json()
                        .getJsonNumber("manualCurrentValue")
                        .doubleValue(),
                1e-9,
                "the newest value is the current one");
    }

    @Test
    void aMeasuredKpiTakesNoValuesByHand() {
        long service = new TouchpointFixture().service("Measured KPI");
        JsonObject item =
                ok(desk.post("/api/v1/improvements", ImprovementsRestIT.itemJson("Measured", service, null)), 201);
        var refused = desk.post(
                "/api/v1/improvements/" + item.getJsonNumber("id") + "/kpi-values",
                value(LocalDate.now(ZoneOffset.UTC), 3, null));
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("kpi-values.manual-only", refused.json().getString("rule"));
    }

    private static String manualItemJson(long service) {
        return Json.createObjectBuilder()
                .add("title", "First-call resolution up")
                .add("serviceIds", Json.createArrayBuilder().add(service))
                .add("type", "PEOPLE")
                .add("effort", "S")
                .add("kpiKind", "MANUAL")
                .add("kpiName", "First-call resolution (%)")
                .add("kpiHigherIsBetter", true)
                .add("targetValue", 75)
                .add("owner", "viewer")
                .build()
                .toString();
    }

    private static String value(LocalDate day, double value, String note) {
        var json = Json.createObjectBuilder().add("measuredOn", day.toString()).add("value", value);
        if (note != null) {
            json.add("note", note);
        }
        return json.build().toString();
    }

    private static JsonObject ok(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        return reply.json();
    }

    /** The history after entering a value. */
    private static jakarta.json.JsonArray entered(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonValue().asJsonArray();
    }

    private static String field(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
