package dev.gemba.it.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import dev.gemba.it.Api;
import dev.gemba.it.touchpoint.TouchpointFixture;

/** Builds a committee's world through the REST API: a service of its own, items in each status, findings. */
final class SteeringFixture {

    final Api admin = Api.as("admin");
    final Api desk = Api.as("desk");
    final TouchpointFixture catalog = new TouchpointFixture();

    long service() {
        return catalog.service("Steering");
    }

    /** A proposal by the desk in the service; owner rm, target date and benefits review date as given. */
    long propose(String title, long serviceId, LocalDate target, LocalDate review) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("title", title + " " + UUID.randomUUID().toString().substring(0, 8))
                .add("serviceIds", Json.createArrayBuilder().add(serviceId))
                .add("type", "PROCESS")
                .add("effort", "M")
                .add("kpiKind", "NEGATIVE_SHARE")
                .add("kpiServiceId", serviceId)
                .add("owner", "rm");
        if (target != null) {
            json.add("targetDate", target.toString());
        }
        if (review != null) {
            json.add("benefitsReviewDate", review.toString());
        }
        var reply = desk.post("/api/v1/improvements", json.build().toString());
        assertEquals(201, reply.status(), reply::toString);
        return id(reply.json());
    }

    /** Takes workflow steps as admin, e.g. ACCEPTED, APPROVED, IN_PROGRESS. */
    JsonObject step(long item, String... statuses) {
        JsonObject details = item(item);
        for (String to : statuses) {
            var reply = admin.post(
                    "/api/v1/improvements/" + item + "/transitions",
                    Json.createObjectBuilder()
                            .add("to", to)
                            .add("reason", "fixture step")
                            .add("version", details.getJsonNumber("version").longValue())
                            .build()
                            .toString());
            assertEquals(200, reply.status(), reply::toString);
            details = reply.json();
        }
        return details;
    }

    JsonObject item(long item) {
        return admin.get("/api/v1/improvements/" + item).json();
    }

    long finding(String title, long serviceId) {
        var reply = desk.post(
                "/api/v1/findings",
                Json.createObjectBuilder()
                        .add("title", title)
                        .add("statement", "Seen in the steering fixture")
                        .add("serviceId", serviceId)
                        .build()
                        .toString());
        assertEquals(201, reply.status(), reply::toString);
        return id(reply.json());
    }

    /** A committee (chair steering, members as given) deciding on the service only. */
    long committee(long serviceId, String... members) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        List.of(members).forEach(names::add);
        var reply = admin.post(
                "/api/v1/committees",
                Json.createObjectBuilder()
                        .add("name", "Committee " + UUID.randomUUID())
                        .add("chair", "steering")
                        .add("members", names)
                        .add("everything", false)
                        .add("serviceIds", Json.createArrayBuilder().add(serviceId))
                        .add("cadence", "MONTHLY")
                        .build()
                        .toString());
        assertEquals(201, reply.status(), reply::toString);
        return id(reply.json());
    }

    long meeting(long committee, LocalDate on) {
        var reply = Api.as("steering")
                .post("/api/v1/committees/" + committee + "/meetings", "{\"scheduledOn\":\"" + on + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return id(reply.json());
    }

    List<JsonObject> agenda(long meeting) {
        var reply = Api.as("viewer").get("/api/v1/meetings/" + meeting + "/agenda");
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonValue().asJsonArray().getValuesAs(JsonObject.class);
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
