package dev.gemba.it.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.feedback.FeedbackRestIT;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CSI register over REST: proposing, the workflow's order and who may take which step (409
 * names the rule, 403 the role), the recorded history, optimistic locking, and the priority
 * score's components computed from evidence with known answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImprovementsRestIT {

    private final Api desk = Api.as("desk");
    private final Api steering = Api.as("steering");
    private final Api admin = Api.as("admin");
    private final Api rm = Api.as("rm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    static String itemJson(String title, long serviceId, String owner) {
        var json = Json.createObjectBuilder()
                .add("title", title)
                .add("description", "Shift VPN resets to self-service")
                .add("serviceIds", Json.createArrayBuilder().add(serviceId))
                .add("type", "PROCESS")
                .add("effort", "M")
                .add("kpiKind", "NEGATIVE_SHARE")
                .add("kpiServiceId", serviceId)
                .add("targetValue", 10);
        if (owner != null) {
            json.add("owner", owner);
        }
        return json.build().toString();
    }

    @Test
    void theDemoItemIsJustifiedByTheAcceptedSuggestionOnTheVpnSpike() {
        Api viewer = Api.as("viewer");
        JsonObject page =
                viewer.get("/api/v1/improvements?q=gateway%20capacity").json();
        assertEquals(1, page.getInt("total"), page::toString);
        long item =
                page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        var links = viewer.get("/api/v1/improvements/" + item + "/findings")
                .jsonValue()
                .asJsonArray();
        assertEquals(1, links.size(), links::toString);
        JsonObject link = links.getJsonObject(0);
        assertEquals("desk", link.getString("linkedBy"));
        assertTrue(link.containsKey("linkedAt"), link::toString);
        long finding = link.getJsonNumber("findingId").longValue();

        JsonObject details = viewer.get("/api/v1/findings/" + finding).json();
        assertEquals("SUGGESTION", details.getString("origin"), details::toString);
        assertEquals("VPN and Remote Access", details.getString("serviceName"));
        JsonObject query = details.getJsonObject("query");
        assertEquals("network-connectivity", query.getString("topic"), query::toString);
        assertTrue(query.containsKey("since") && query.containsKey("until"), query::toString);
        // the spike's period holds the spike: 60 VPN connectivity items, 38 of them negative
        JsonObject impact = details.getJsonObject("impact");
        assertEquals(60, impact.getJsonNumber("feedbackItems").longValue(), impact::toString);
        assertEquals(
                38, impact.getJsonObject("negativeNow").getJsonNumber("hits").longValue(), impact::toString);

        // the suggestion it came from: accepted by the desk, as the detector recorded it
        JsonObject accepted = viewer.get("/api/v1/finding-suggestions?status=ACCEPTED&size=100")
                .json();
        List<JsonObject> origin = accepted.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.containsKey("findingId")
                        && s.get("findingId").getValueType() == JsonValue.ValueType.NUMBER
                        && s.getJsonNumber("findingId").longValue() == finding)
                .toList();
        assertEquals(1, origin.size(), accepted::toString);
        assertEquals("desk", origin.get(0).getString("decidedBy"));
        assertEquals("network-connectivity", origin.get(0).getString("topic"));
        assertTrue(origin.get(0).getJsonNumber("recentTotal").longValue() >= 5, origin.get(0)::toString);

        // and the queue shows a dismissal with its reason
        JsonObject dismissed = viewer.get("/api/v1/finding-suggestions?status=DISMISSED&size=100")
                .json();
        assertTrue(
                dismissed.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(s -> s.getString("dismissReason", "").contains("VPN connectivity spike")),
                dismissed::toString);
    }

    @Test
    void aProposalGetsTheNextNumberAndNobodyTypesAScore() {
        long service = new TouchpointFixture().service("Register");
        var first = desk.post("/api/v1/improvements", itemJson("First", service, null));
        assertEquals(201, first.status(), first::toString);
        var second = desk.post("/api/v1/improvements", itemJson("Second", service, null));
        int a = Integer.parseInt(first.json().getString("number").substring(4));
        int b = Integer.parseInt(second.json().getString("number").substring(4));
        assertTrue(first.json().getString("number").matches("CSI-\\d{4,}"), first::toString);
        assertEquals(a + 1, b, "numbers follow each other");
        assertEquals("PROPOSED", first.json().getString("status"));
        var byNumber = desk.get("/api/v1/improvements?q=" + first.json().getString("number"))
                .json();
        assertEquals(1, byNumber.getInt("total"), byNumber::toString);
        assertEquals("First", byNumber.getJsonArray("items").getJsonObject(0).getString("title"));
        assertEquals("desk", first.json().getString("raisedBy"));

        // a score sent with the item is not taken: the score is computed (no evidence on a new service: 0)
        String withScore = itemJson("Typed score", service, null).replace("{", "{\"score\":99,");
        var typed = desk.post("/api/v1/improvements", withScore);
        assertEquals(
                0.0, typed.json().getJsonObject("score").getJsonNumber("score").doubleValue(), typed::toString);

        var viewerReads =
                Api.as("viewer").get("/api/v1/improvements/" + first.json().getInt("id"));
        assertEquals(200, viewerReads.status());
        assertEquals(
                403,
                Api.as("viewer")
                        .post("/api/v1/improvements", itemJson("x", service, null))
                        .status());
    }

    @Test
    void theWorkflowRunsInOrderAndRecordsWhoWhenAndWhy() {
        long service = new TouchpointFixture().service("Workflow");
        JsonObject item = desk.post("/api/v1/improvements", itemJson("VPN self-service", service, null))
                .json();
        long id = item.getJsonNumber("id").longValue();

        var early = step(steering, id, "APPROVED", null, "looks good", version(item));
        assertEquals(409, early.status(), early::toString);
        assertTrue(early.isProblem());
        assertEquals("workflow.order", early.json().getString("rule"));
        assertTrue(early.json().getString("detail").contains("ACCEPTED"), early::toString);

        var deskAccepts = step(desk, id, "ACCEPTED", null, null, version(item));
        assertEquals(403, deskAccepts.status(), deskAccepts::toString);
        assertTrue(deskAccepts.isProblem());

        item = ok(step(steering, id, "ACCEPTED", null, null, version(item)));
        var noReason = step(steering, id, "APPROVED", null, " ", version(item));
        assertEquals("workflow.reason-required", noReason.json().getString("rule"), noReason::toString);
        var noOwner = step(steering, id, "APPROVED", null, "agreed in March", version(item));
        assertEquals(409, noOwner.status());
        assertEquals("approval.owner-required", noOwner.json().getString("rule"));

        item = ok(desk.put(
                "/api/v1/improvements/" + id,
                itemJson("VPN self-service", service, "rm").replace("}", ",\"version\":" + version(item) + "}")));
        var stale = step(steering, id, "APPROVED", null, "agreed", version(item) - 1);
        assertEquals(409, stale.status());
        assertTrue(stale.json().getString("type").endsWith("stale-update"), stale::toString);

        item = ok(step(steering, id, "APPROVED", null, "agreed by the committee", version(item)));
        assertEquals("APPROVED", item.getString("status"));
        assertFalse(item.isNull("approvedAt"));
        assertEquals(0, item.getJsonNumber("baselineN").longValue(), "no feedback on a new service");
        assertEquals(409, admin.delete("/api/v1/improvements/" + id).status(), "approved items are not deleted");

        var notOwner = step(desk, id, "IN_PROGRESS", null, null, version(item));
        assertEquals(403, notOwner.status(), notOwner::toString);
        assertEquals(
                List.of("start", "withdraw"),
                stepNames(rm.get("/api/v1/improvements/" + id).json()));
        item = ok(step(rm, id, "IN_PROGRESS", null, null, version(item)));
        item = ok(step(rm, id, "ON_HOLD", null, "waiting for the new portal", version(item)));
        item = ok(step(rm, id, "IN_PROGRESS", null, null, version(item)));
        item = ok(step(rm, id, "DELIVERED", null, null, version(item)));
        assertFalse(item.isNull("deliveredAt"));
        item = ok(step(rm, id, "BENEFITS_REVIEW", null, null, version(item)));
        var noClosure = step(rm, id, "CLOSED", null, null, version(item));
        assertEquals("workflow.closure-required", noClosure.json().getString("rule"));
        item = ok(step(rm, id, "CLOSED", "PARTLY_SUCCESSFUL", "fewer calls, some remain", version(item)));
        assertEquals("PARTLY_SUCCESSFUL", item.getString("closure"));
        assertEquals(List.of(), stepNames(item));

        var history =
                desk.get("/api/v1/improvements/" + id + "/history").jsonValue().asJsonArray();
        List<String> path = history.stream()
                .map(JsonValue::asJsonObject)
                .map(h -> h.getString("to"))
                .toList();
        assertEquals(
                List.of(
                        "PROPOSED",
                        "ACCEPTED",
                        "APPROVED",
                        "IN_PROGRESS",
                        "ON_HOLD",
                        "IN_PROGRESS",
                        "DELIVERED",
                        "BENEFITS_REVIEW",
                        "CLOSED"),
                path);
        JsonObject approval = history.getJsonObject(2);
        assertEquals("ACCEPTED", approval.getString("from"));
        assertEquals("steering", approval.getString("actor"));
        assertEquals("agreed by the committee", approval.getString("reason"));
        assertFalse(approval.isNull("at"));
        assertEquals("waiting for the new portal", history.getJsonObject(4).getString("reason"));
    }

    @Test
    void rejectionAndDeferralAreDecisionsOnUndecidedItems() {
        long service = new TouchpointFixture().service("Decision");
        JsonObject item = rm.post("/api/v1/improvements", itemJson("Maybe later", service, null))
                .json();
        long id = item.getJsonNumber("id").longValue();
        item = ok(step(steering, id, "DEFERRED", null, "budget next year", version(item)));
        item = ok(step(rm, id, "PROPOSED", null, null, version(item)));
        item = ok(step(admin, id, "REJECTED", null, "duplicate of another item", version(item)));
        var again = step(steering, id, "ACCEPTED", null, null, version(item));
        assertEquals(409, again.status());
        assertEquals("workflow.order", again.json().getString("rule"));
    }

    @Test
    void scoreComponentsComeFromTheEvidenceInScope() throws Exception {
        var fixture = new TouchpointFixture();
        long service = fixture.service("Scored");
        long unit = fixture.businessUnit("Scored unit");
        // 6 items in scope, 4 negative from 3 people over 2 channels
        String[][] items = {
            {"a@example.com", "EMAIL", "NEGATIVE"},
            {"a@example.com", "EMAIL", "NEGATIVE"},
            {"b@example.com", "PHONE", "NEGATIVE"},
            {"c@example.com", "PHONE", "NEGATIVE"},
            {"d@example.com", "EMAIL", "POSITIVE"},
            {"e@example.com", "EMAIL", "NEUTRAL"}
        };
        for (String[] f : items) {
            var created = desk.post(
                    "/api/v1/feedback",
                    Json.createObjectBuilder()
                            .add("channel", f[1])
                            .add("text", "The VPN keeps dropping my connection " + UUID.randomUUID())
                            .add("contactEmail", f[0])
                            .add("businessUnitId", unit)
                            .add("serviceIds", Json.createArrayBuilder().add(service))
                            .build()
                            .toString());
            assertEquals(201, created.status(), created::toString);
            JsonObject analysed = FeedbackRestIT.awaitAnalysis(
                    desk, created.json().getJsonNumber("id").longValue());
            var corrected = desk.put(
                    "/api/v1/feedback/" + analysed.getInt("id") + "/correction",
                    "{\"sentiment\":\"" + f[2] + "\",\"version\":" + analysed.getJsonNumber("version") + "}");
            assertEquals(200, corrected.status(), corrected::toString);
        }
        var created = desk.post("/api/v1/improvements", itemJson("Scored item", service, null));
        assertEquals(201, created.status(), created::toString);
        JsonObject score = created.json().getJsonObject("score");
        var components = score.getJsonArray("components");
        JsonObject reach = components.getJsonObject(0);
        JsonObject impact = components.getJsonObject(1);
        JsonObject confidence = components.getJsonObject(2);
        JsonObject effort = components.getJsonObject(3);
        assertEquals("3 people, 1 business units", reach.getString("basis"));
        assertTrue(reach.getString("source").contains("negative feedback"), reach::toString);
        assertEquals(Math.log10(1 + 3 + 10) / 3, reach.getJsonNumber("value").doubleValue(), 1e-4);
        assertEquals(4.0 / 6, impact.getJsonNumber("value").doubleValue(), 1e-4);
        assertEquals("6 items from 2 sources", confidence.getString("basis"));
        assertEquals(6.0 / 26 * 3 / 4, confidence.getJsonNumber("value").doubleValue(), 1e-4);
        assertEquals(2, effort.getJsonNumber("value").doubleValue(), 1e-9);
        double expected = 100 * (Math.log10(14) / 3) * (4.0 / 6) * (6.0 / 26 * 0.75) / 2;
        assertEquals(
                Math.round(expected * 10) / 10.0, score.getJsonNumber("score").doubleValue(), 1e-9);
        assertTrue(score.getString("formula").contains("log10"));

        // absolute: another item elsewhere changes nothing here
        long id = created.json().getJsonNumber("id").longValue();
        desk.post("/api/v1/improvements", itemJson("Elsewhere", fixture.service("Other"), null));
        assertEquals(
                score.getJsonNumber("score").doubleValue(),
                desk.get("/api/v1/improvements/" + id)
                        .json()
                        .getJsonObject("score")
                        .getJsonNumber("score")
                        .doubleValue());

        // admins' weights are exponents: ignoring effort doubles this M item's score
        var weights = admin.get("/api/v1/improvement-weights").json();
        var changed = admin.put(
                "/api/v1/improvement-weights",
                "{\"reach\":1,\"impact\":1,\"confidence\":1,\"effort\":0," + "\"version\":"
                        + weights.getJsonNumber("version") + "}");
        try {
            assertEquals(200, changed.status(), changed::toString);
            assertEquals(
                    Math.round(expected * 2 * 10) / 10.0,
                    desk.get("/api/v1/improvements/" + id)
                            .json()
                            .getJsonObject("score")
                            .getJsonNumber("score")
                            .doubleValue(),
                    1e-9);
            // the register reads the weights with its page: its card is the item's, effort weighted 0
            var card = desk.get("/api/v1/improvements?serviceId=" + service)
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getJsonObject("score");
            var registered = card.getJsonArray("components");
            assertEquals(0, registered.getJsonObject(3).getJsonNumber("weight").doubleValue(), registered::toString);
            assertEquals(
                    desk.get("/api/v1/improvements/" + id)
                            .json()
                            .getJsonObject("score")
                            .getJsonArray("components"),
                    registered);
            assertEquals(
                    403,
                    steering.put(
                                    "/api/v1/improvement-weights",
                                    "{\"reach\":1,\"impact\":1," + "\"confidence\":1,\"effort\":1,\"version\":0}")
                            .status());
        } finally {
            var now = admin.get("/api/v1/improvement-weights").json();
            admin.put(
                    "/api/v1/improvement-weights",
                    "{\"reach\":1,\"impact\":1,\"confidence\":1,\"effort\":1," + "\"version\":"
                            + now.getJsonNumber("version") + "}");
        }

        var page = desk.get("/api/v1/improvements?serviceId=" + service).json();
        assertEquals(1, page.getInt("total"));
        assertEquals(
                id,
                page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    void findingsAreLinkedOnceWithWhoAndWhenAndCountAsASource() {
        long service = new TouchpointFixture().service("Linked");
        var finding = rm.post(
                "/api/v1/findings",
                "{\"title\":\"VPN drops\",\"statement\":\"Many VPN drops\"," + "\"serviceId\":" + service + "}");
        assertEquals(201, finding.status(), finding::toString);
        long findingId = finding.json().getJsonNumber("id").longValue();
        JsonObject item = desk.post("/api/v1/improvements", itemJson("Justified", service, null))
                .json();
        long id = item.getJsonNumber("id").longValue();
        String confidence = item.getJsonObject("score")
                .getJsonArray("components")
                .getJsonObject(2)
                .getString("basis");
        assertEquals("0 items from 0 sources", confidence);

        var linked = desk.post("/api/v1/improvements/" + id + "/findings", "{\"findingId\":" + findingId + "}");
        assertEquals(200, linked.status(), linked::toString);
        desk.post("/api/v1/improvements/" + id + "/findings", "{\"findingId\":" + findingId + "}");
        var links =
                desk.get("/api/v1/improvements/" + id + "/findings").jsonValue().asJsonArray();
        assertEquals(1, links.size(), "linking twice changes nothing");
        assertEquals("VPN drops", links.getJsonObject(0).getString("title"));
        assertEquals("desk", links.getJsonObject(0).getString("linkedBy"));
        assertFalse(links.getJsonObject(0).isNull("linkedAt"));
        assertEquals(
                "0 items from 1 sources",
                desk.get("/api/v1/improvements/" + id)
                        .json()
                        .getJsonObject("score")
                        .getJsonArray("components")
                        .getJsonObject(2)
                        .getString("basis"));
        assertEquals(
                404,
                desk.post("/api/v1/improvements/" + id + "/findings", "{\"findingId\":999999999}")
                        .status());
        assertEquals(
                403,
                Api.as("viewer")
                        .post("/api/v1/improvements/" + id + "/findings", "{\"findingId\":" + findingId + "}")
                        .status());

        var unlinked = desk.delete("/api/v1/improvements/" + id + "/findings?findingId=" + findingId);
        assertEquals(200, unlinked.status(), unlinked::toString);
        assertEquals(0, unlinked.jsonValue().asJsonArray().size());
    }

    @Test
    void shiftLeftItemsNameTheirTiers() {
        long service = new TouchpointFixture().service("Shift");
        String body =
                itemJson("Self-service resets", service, null).replace("\"PROCESS\"", "\"AUTOMATION_SHIFT_LEFT\"");
        var missing = desk.post("/api/v1/improvements", body);
        assertEquals(400, missing.status());
        assertEquals(
                "tierFrom",
                missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var upwards = desk.post("/api/v1/improvements", body.replace("{", "{\"tierFrom\":\"L0\",\"tierTo\":\"L2\","));
        assertEquals(
                "tierTo", upwards.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var ok = desk.post("/api/v1/improvements", body.replace("{", "{\"tierFrom\":\"L2\",\"tierTo\":\"L0\","));
        assertEquals(201, ok.status(), ok::toString);
        assertEquals(0, ok.json().getJsonNumber("sourceTierVolume").longValue());
    }

    static Api.Reply step(Api as, long id, String to, String closure, String reason, long version) {
        var json = Json.createObjectBuilder().add("to", to).add("version", version);
        if (closure != null) {
            json.add("closure", closure);
        }
        if (reason != null) {
            json.add("reason", reason);
        }
        return as.post(
                "/api/v1/improvements/" + id + "/transitions", json.build().toString());
    }

    static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    static long version(JsonObject item) {
        return item.getJsonNumber("version").longValue();
    }

    private static List<String> stepNames(JsonObject item) {
        return item.getJsonArray("steps").stream()
                .map(s -> s.asJsonObject().getString("rule"))
                .toList();
    }
}
