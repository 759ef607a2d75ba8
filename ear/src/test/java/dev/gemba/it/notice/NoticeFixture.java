package dev.gemba.it.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.SentMail;
import dev.gemba.it.feedback.FeedbackRestIT;

/**
 * A service, a business unit managed by the demo relationship manager "rm", people's feedback
 * linked to a finding, and items justified by it taken to delivery; the demo mail folder read back.
 */
final class NoticeFixture {

    final Api desk = Api.as("desk");
    final Api rm = Api.as("rm");
    final Api steering = Api.as("steering");
    final long service;
    final long unit;

    NoticeFixture() {
        var s = Api.as("admin")
                .post(
                        "/api/v1/services",
                        "{\"name\":\"Notices " + UUID.randomUUID() + "\",\"criticality\":\"LOW\",\"status\":\"LIVE\"}");
        assertEquals(201, s.status(), s::toString);
        service = s.json().getJsonNumber("id").longValue();
        // a relationship manager who creates a unit becomes its manager
        var u = rm.post("/api/v1/business-units", "{\"name\":\"Notices unit " + UUID.randomUUID() + "\"}");
        assertEquals(201, u.status(), u::toString);
        unit = u.json().getJsonNumber("id").longValue();
    }

    static String address() {
        return "person-" + UUID.randomUUID() + "@example.com";
    }

    /** Feedback from a person (null address: anonymous), analysed (its language detected). */
    long feedback(String text, String name, String address) throws InterruptedException {
        String json = "{\"channel\":\"EMAIL\",\"text\":" + FeedbackRestIT.jsonString(text) + ",\"businessUnitId\":"
                + unit + ",\"serviceIds\":[" + service + "]"
                + (address == null ? "" : ",\"contactName\":\"" + name + "\",\"contactEmail\":\"" + address + "\"")
                + "}";
        var created = desk.post("/api/v1/feedback", json);
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        FeedbackRestIT.awaitAnalysis(desk, id);
        return id;
    }

    /** An item owned by rm, justified by a finding on these feedback items, approved and started. */
    long startedItem(String title, long... feedback) {
        StringBuilder ids = new StringBuilder();
        for (long f : feedback) {
            ids.append(ids.isEmpty() ? "" : ",").append(f);
        }
        var finding = desk.post(
                "/api/v1/findings",
                "{\"title\":\"" + title + "\",\"statement\":\"People complain\",\"serviceId\":" + service
                        + ",\"feedbackIds\":[" + ids + "]}");
        assertEquals(201, finding.status(), finding::toString);
        var proposed = desk.post("/api/v1/improvements", itemJson(title));
        assertEquals(201, proposed.status(), proposed::toString);
        long id = proposed.json().getJsonNumber("id").longValue();
        var link = desk.post(
                "/api/v1/improvements/" + id + "/findings",
                "{\"findingId\":" + finding.json().getJsonNumber("id") + "}");
        assertEquals(200, link.status(), link::toString);
        ok(step(steering, id, "ACCEPTED", null));
        ok(step(steering, id, "APPROVED", "agreed"));
        ok(step(rm, id, "IN_PROGRESS", null));
        return id;
    }

    void deliver(long item) {
        ok(step(rm, item, "DELIVERED", null));
    }

    private String itemJson(String title) {
        return "{\"title\":\"" + title + "\",\"serviceIds\":[" + service + "],\"type\":\"PROCESS\",\"effort\":\"M\","
                + "\"kpiKind\":\"NEGATIVE_SHARE\",\"kpiServiceId\":" + service
                + ",\"targetValue\":10,\"owner\":\"rm\"}";
    }

    /** A workflow step on the item as it is now. */
    Api.Reply step(Api as, long item, String to, String reason) {
        long version = desk.get("/api/v1/improvements/" + item)
                .json()
                .getJsonNumber("version")
                .longValue();
        return as.post(
                "/api/v1/improvements/" + item + "/transitions",
                "{\"to\":\"" + to + "\",\"version\":" + version
                        + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
    }

    JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** The item's notices once there are {@code count} and none of their people's mail is still unsent. */
    JsonArray notices(long item, int count) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        JsonArray notices = null;
        while (Instant.now().isBefore(until)) {
            notices = Api.as("viewer")
                    .get("/api/v1/improvements/" + item + "/notices")
                    .jsonValue()
                    .asJsonArray();
            if (notices.size() >= count && settled(notices)) {
                return notices;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("notices of item " + item + ": " + notices);
    }

    /** Every manager told and every person sent, opted out, or waiting for a digest due later. */
    private static boolean settled(JsonArray notices) {
        return notices.stream()
                .flatMap(n -> n.asJsonObject().getJsonArray("recipients").stream())
                .map(r -> r.asJsonObject())
                .noneMatch(r -> "WAITING".equals(r.getString("status"))
                        && (!has(r, "dueAt")
                                || Instant.parse(r.getString("dueAt"))
                                        .isBefore(Instant.now().plusSeconds(60))));
    }

    /** A field that is there and not null (JSON-B leaves nulls out). */
    static boolean has(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key);
    }

    static JsonObject recipient(JsonObject notice, String address) {
        return notice.getJsonArray("recipients").stream()
                .map(r -> r.asJsonObject())
                .filter(r -> r.getString("address").equalsIgnoreCase(address))
                .findFirst()
                .orElse(null);
    }

    /** The mails written to an address whose subject or body contains {@code text}. */
    static List<SentMail> mailTo(String address, String text) throws IOException {
        return SentMail.matching(
                mail -> mail.to().equalsIgnoreCase(address) && (mail.subject() + mail.body()).contains(text));
    }
}
