package dev.gemba.it.servicelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import dev.gemba.it.Api;

/** Builds agreements and posts their figures through the REST API. */
public final class ServiceLevelFixture {

    private ServiceLevelFixture() {}

    /** A unique agreement code. */
    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A target: kind, priority (or null), target value and at-risk margin; other fields default. */
    public static JsonObjectBuilder target(String kind, String priority, String value, String margin) {
        var t = Json.createObjectBuilder().add("kind", kind);
        if (priority != null) {
            t.add("priority", priority);
        }
        if (kind.equals("RESOLVED_WITHIN")) {
            t.add("withinMinutes", 240);
        }
        if (value != null) {
            t.add("targetValue", Json.createValue(new java.math.BigDecimal(value)));
        }
        if (margin != null) {
            t.add("atRiskMargin", Json.createValue(new java.math.BigDecimal(margin)));
        }
        return t;
    }

    /** An SLA body for a service, with a unit or (null) all units. */
    public static JsonObjectBuilder sla(String code, long service, Long unit, JsonArrayBuilder targets) {
        var body = Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Agreement " + code)
                .add("kind", "SLA")
                .add("serviceId", service)
                .add("targets", targets);
        if (unit != null) {
            body.add("businessUnitId", unit);
        }
        return body;
    }

    public static JsonObject create(Api as, JsonObjectBuilder body) {
        var reply = as.post("/api/v1/agreements", body.build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    public static long id(JsonObject agreement) {
        return agreement.getJsonObject("agreement").getJsonNumber("id").longValue();
    }

    public static Api.Reply post(Api as, long agreement, String target, String period, String value) {
        return as.post(
                "/api/v1/agreements/" + agreement + "/measurements",
                Json.createObjectBuilder()
                        .add("target", target)
                        .add("period", period)
                        .add("value", Json.createValue(new java.math.BigDecimal(value)))
                        .build()
                        .toString());
    }
}
