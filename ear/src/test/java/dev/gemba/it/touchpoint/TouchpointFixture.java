package dev.gemba.it.touchpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import dev.gemba.it.Api;
import dev.gemba.it.catalog.ServicesRestIT;

/** Builds touchpoints through the REST API: services, business units, types and information items by name. */
public final class TouchpointFixture {

    private final Api admin = Api.as("admin");

    public long service(String prefix) {
        var reply = admin.post(
                "/api/v1/services",
                ServicesRestIT.serviceJson(prefix + " " + UUID.randomUUID(), "MEDIUM", "LIVE", null));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    public long businessUnit(String prefix) {
        var reply = admin.post("/api/v1/business-units", "{\"name\":\"" + prefix + " " + UUID.randomUUID() + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** A service of the demo catalogue, by its exact name. */
    public long existingService(String name) {
        return idByName("/api/v1/services?q=" + name, name);
    }

    /** A business unit of the demo data, by its exact name. */
    public long existingBusinessUnit(String name) {
        return idByName("/api/v1/business-units?q=" + name, name);
    }

    public long type(String phase, String name) {
        return idByName("/api/v1/touchpoint-types?phase=" + phase, name);
    }

    public long information(String phase, String name) {
        return idByName("/api/v1/information-items?phase=" + phase, name);
    }

    public List<String> informationNames(String phase) {
        return admin.get("/api/v1/information-items?phase=" + phase).jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject().getString("name"))
                .toList();
    }

    /** The id of the entry with this name in a list, or in a page's items. */
    private long idByName(String path, String name) {
        var reply = admin.get(path).jsonValue();
        var entries = reply instanceof JsonObject page ? page.getJsonArray("items") : reply.asJsonArray();
        return entries.stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no '" + name + "' at " + path))
                .getJsonNumber("id")
                .longValue();
    }

    /** A valid touchpoint body; callers add or override fields. */
    public JsonObjectBuilder touchpoint(
            String occurredAt, String phase, String type, long businessUnit, List<Long> services, String summary) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        services.forEach(ids::add);
        return Json.createObjectBuilder()
                .add("occurredAt", occurredAt)
                .add("phase", phase)
                .add("typeId", type(phase, type))
                .add("businessUnitId", businessUnit)
                .add("serviceIds", ids)
                .add("channel", "MEETING")
                .add("summary", summary);
    }

    public static JsonArrayBuilder ids(long... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (long v : values) {
            array.add(v);
        }
        return array;
    }

    public JsonObject create(Api as, JsonObjectBuilder body) {
        var reply = as.post("/api/v1/touchpoints", body.build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }
}
