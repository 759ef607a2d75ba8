package dev.gemba.it.touchpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The touchpoint, follow-up and vocabulary REST APIs: CRUD, search, validation, ownership rules. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TouchpointsRestIT {

    private final Api rm = Api.as("rm");
    private final Api admin = Api.as("admin");
    private final TouchpointFixture fixture = new TouchpointFixture();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void relationshipManagerLogsReadsChangesAndDeletesATouchpoint() {
        long unit = fixture.businessUnit("TP unit");
        long svc = fixture.service("TP svc");
        long goals = fixture.information("STRATEGY", "Business goals");
        JsonObject body = fixture.touchpoint(
                        "2026-03-02T09:30:00Z",
                        "STRATEGY",
                        "Planning meetings",
                        unit,
                        List.of(svc),
                        "Annual planning with the board")
                .add("notes", "They want <b>fewer</b> outages")
                .add("itParticipants", Json.createArrayBuilder().add("Rita Relationship"))
                .add("businessContacts", Json.createArrayBuilder().add("Fiona Fernandes"))
                .add("informationItemIds", TouchpointFixture.ids(goals))
                .add("outcomes", "Budget agreed")
                .build();
        JsonObject created = fixture.create(rm, Json.createObjectBuilder(body));
        long id = created.getJsonNumber("id").longValue();
        assertEquals("rm", created.getString("createdBy"));
        assertEquals("Planning meetings", created.getString("typeName"));
        assertEquals("They want <b>fewer</b> outages", created.getString("notes"), "stored verbatim");
        assertEquals(
                "Business goals",
                created.getJsonArray("informationCaptured").getJsonObject(0).getString("name"));

        var changed = admin.put(
                "/api/v1/touchpoints/" + id,
                Json.createObjectBuilder(body)
                        .add("summary", "Annual planning with the board (minutes)")
                        .add("version", 0)
                        .build()
                        .toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("admin", changed.json().getString("updatedBy"));
        assertEquals("rm", changed.json().getString("createdBy"));
        assertEquals(1, changed.json().getInt("version"));

        var stale = rm.put(
                "/api/v1/touchpoints/" + id,
                Json.createObjectBuilder(body)
                        .add("summary", "lost update")
                        .add("version", 0)
                        .build()
                        .toString());
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(
                "Annual planning with the board (minutes)",
                rm.get("/api/v1/touchpoints/" + id).json().getString("summary"));

        assertEquals(204, rm.delete("/api/v1/touchpoints/" + id).status());
        assertEquals(404, rm.get("/api/v1/touchpoints/" + id).status());
    }

    @Test
    void typeMustBelongToThePhase() {
        long unit = fixture.businessUnit("Phase unit");
        var body = fixture.touchpoint("2026-03-02T09:30:00Z", "DESIGN", "Gemba walk", unit, List.of(), "Walk")
                .add("phase", "OPERATION");
        var reply = rm.post("/api/v1/touchpoints", body.build().toString());
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem());
        assertEquals("typeId", firstErrorField(reply));
        assertTrue(reply.body().contains("Gemba walk"), reply::toString);
    }

    @Test
    void informationItemsMustBelongToThePhase() {
        long unit = fixture.businessUnit("Info unit");
        long vision = fixture.information("STRATEGY", "Business vision");
        var body = fixture.touchpoint("2026-03-02T09:30:00Z", "DESIGN", "Kaizen", unit, List.of(), "Kaizen event")
                .add("informationItemIds", TouchpointFixture.ids(vision));
        var reply = rm.post("/api/v1/touchpoints", body.build().toString());
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("informationItemIds", firstErrorField(reply));
    }

    @Test
    void absurdDatesMissingFieldsAndUnknownOwnersAreRefusedByField() {
        long unit = fixture.businessUnit("Dates unit");
        var ancient = fixture.touchpoint("1899-12-31T00:00:00Z", "CSI", "Trends", unit, List.of(), "Old");
        assertEquals(
                "occurredAt",
                firstErrorField(rm.post("/api/v1/touchpoints", ancient.build().toString())));
        var future = fixture.touchpoint("2999-01-01T00:00:00Z", "CSI", "Trends", unit, List.of(), "Future");
        assertEquals(
                "occurredAt",
                firstErrorField(rm.post("/api/v1/touchpoints", future.build().toString())));
        var blank = fixture.touchpoint("2026-01-01T00:00:00Z", "CSI", "Trends", unit, List.of(), " ");
        assertEquals(
                "summary",
                firstErrorField(rm.post("/api/v1/touchpoints", blank.build().toString())));
        var unknownService =
                fixture.touchpoint("2026-01-01T00:00:00Z", "CSI", "Trends", unit, List.of(987654321L), "S");
        assertEquals(
                "serviceIds",
                firstErrorField(
                        rm.post("/api/v1/touchpoints", unknownService.build().toString())));
        var owner = fixture.touchpoint("2026-01-01T00:00:00Z", "CSI", "Trends", unit, List.of(), "Owner")
                .add(
                        "followUps",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("text", "Call back")
                                        .add("owner", "nobody-" + UUID.randomUUID())));
        assertEquals(
                "followUps[0].owner",
                firstErrorField(rm.post("/api/v1/touchpoints", owner.build().toString())));
        var notJson = rm.post("/api/v1/touchpoints", "{\"occurredAt\":\"yesterday\"}");
        assertEquals(400, notJson.status(), notJson::toString);
        assertTrue(notJson.isProblem());
        assertEquals(
                0, rm.get("/api/v1/touchpoints?businessUnitId=" + unit).json().getInt("total"), "nothing stored");
    }

    @Test
    void searchFiltersByEveryCriterionAndPages() {
        long unit = fixture.businessUnit("Search unit");
        long other = fixture.businessUnit("Other unit");
        long svc = fixture.service("Search svc");
        String marker = "zebra-" + UUID.randomUUID();
        fixture.create(
                rm,
                fixture.touchpoint(
                                "2026-02-01T10:00:00Z",
                                "OPERATION",
                                "Complaints and escalations",
                                unit,
                                List.of(svc),
                                "Escalation " + marker)
                        .add("businessContacts", Json.createArrayBuilder().add("Quentin Quasar")));
        fixture.create(
                rm,
                fixture.touchpoint(
                                "2026-02-10T10:00:00Z",
                                "CSI",
                                "Service review meetings",
                                unit,
                                List.of(),
                                "Review " + marker)
                        .add("itParticipants", Json.createArrayBuilder().add("Rita Relationship")));
        fixture.create(
                rm,
                fixture.touchpoint(
                        "2026-02-20T10:00:00Z", "OPERATION", "Email", other, List.of(svc), "Mail " + marker));

        assertEquals(3, total("q=" + marker));
        assertEquals(2, total("q=" + marker + "&businessUnitId=" + unit));
        assertEquals(2, total("q=" + marker + "&phase=OPERATION"));
        assertEquals(1, total("q=" + marker + "&typeId=" + fixture.type("OPERATION", "Email")));
        assertEquals(2, total("q=" + marker + "&serviceId=" + svc));
        assertEquals(1, total("q=" + marker + "&participant=quasar"));
        assertEquals(1, total("q=" + marker + "&participant=RITA"));
        assertEquals(2, total("q=" + marker + "&from=2026-02-05T00:00:00Z"));
        assertEquals(1, total("q=" + marker + "&from=2026-02-05T00:00:00Z&to=2026-02-20T10:00:00Z"), "to is exclusive");

        var page = rm.get("/api/v1/touchpoints?q=" + marker + "&size=2&page=1").json();
        assertEquals(3, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(
                page.getJsonArray("items").getJsonObject(0).getString("summary").startsWith("Escalation"),
                "newest first");

        var badPhase = rm.get("/api/v1/touchpoints?phase=LUNCH");
        assertEquals(400, badPhase.status());
        assertEquals("phase", firstErrorField(badPhase));
        assertEquals("from", firstErrorField(rm.get("/api/v1/touchpoints?from=last-week")));
    }

    @Test
    void followUpsAreListedAgedOverdueMineAndClosedByTheirOwner() {
        long unit = fixture.businessUnit("Follow-up unit");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String marker = "fu-" + UUID.randomUUID();
        JsonObject touchpoint = fixture.create(
                rm,
                fixture.touchpoint(
                                today.minusDays(3) + "T08:00:00Z",
                                "OPERATION",
                                "Follow-up calls",
                                unit,
                                List.of(),
                                "Call " + marker)
                        .add(
                                "followUps",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("text", "Overdue " + marker)
                                                .add("owner", "desk")
                                                .add(
                                                        "dueDate",
                                                        today.minusDays(1).toString()))
                                        .add(Json.createObjectBuilder()
                                                .add("text", "Later " + marker)
                                                .add("owner", "desk")
                                                .add(
                                                        "dueDate",
                                                        today.plusDays(10).toString()))
                                        .add(Json.createObjectBuilder()
                                                .add("text", "Steering's " + marker)
                                                .add("owner", "steering"))));
        var actions = touchpoint.getJsonArray("followUps");
        assertEquals(3, actions.size());
        long overdueId = actions.getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(actions.getJsonObject(0).getBoolean("overdue"));
        assertFalse(actions.getJsonObject(1).getBoolean("overdue"));
        assertEquals("OPEN", actions.getJsonObject(2).getString("status"));

        var overdue = texts(admin.get("/api/v1/follow-ups?overdue=true&businessUnitId=" + unit)
                .json());
        assertEquals(List.of("Overdue " + marker), overdue);
        var mine = texts(Api.as("desk").get("/api/v1/follow-ups/mine?size=500").json()).stream()
                .filter(t -> t.endsWith(marker))
                .toList();
        assertEquals(List.of("Overdue " + marker, "Later " + marker), mine, "soonest due first, only the caller's");

        var notOwner = Api.as("steering").put("/api/v1/follow-ups/" + overdueId, "{\"status\":\"DONE\",\"version\":0}");
        assertEquals(403, notOwner.status(), notOwner::toString);
        var closed = Api.as("desk").put("/api/v1/follow-ups/" + overdueId, "{\"status\":\"DONE\",\"version\":0}");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("DONE", closed.json().getString("status"));
        assertNotNull(closed.json().getString("closedAt"));
        assertFalse(closed.json().getBoolean("overdue"));
        var stale = Api.as("desk").put("/api/v1/follow-ups/" + overdueId, "{\"status\":\"OPEN\",\"version\":0}");
        assertEquals(409, stale.status(), stale::toString);
        assertEquals(
                2, admin.get("/api/v1/follow-ups?businessUnitId=" + unit).json().getInt("total"), "open only");
        assertEquals(
                3,
                admin.get("/api/v1/follow-ups?status=ALL&businessUnitId=" + unit)
                        .json()
                        .getInt("total"));

        // Editing the touchpoint keeps the ids of the actions it keeps, removes the ones left out
        long touchpointId = touchpoint.getJsonNumber("id").longValue();
        var current = rm.get("/api/v1/touchpoints/" + touchpointId).json();
        var keep = current.getJsonArray("followUps").getJsonObject(1);
        var edited = Json.createObjectBuilder(current)
                .add("typeId", current.getJsonNumber("typeId").longValue())
                .add("businessUnitId", unit)
                .add("serviceIds", Json.createArrayBuilder())
                .add(
                        "followUps",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("id", keep.getJsonNumber("id").longValue())
                                        .add("text", keep.getString("text"))
                                        .add("owner", "rm")
                                        .add("dueDate", keep.getString("dueDate"))))
                .build();
        var saved = rm.put("/api/v1/touchpoints/" + touchpointId, edited.toString());
        assertEquals(200, saved.status(), saved::toString);
        var left = saved.json().getJsonArray("followUps");
        assertEquals(1, left.size());
        assertEquals(
                keep.getJsonNumber("id").longValue(),
                left.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("rm", left.getJsonObject(0).getString("owner"));
    }

    @Test
    void aFollowUpIsReassignedToAnotherActiveUserWhoThenClosesIt() {
        long unit = fixture.businessUnit("Reassign unit");
        String marker = "reassign-" + UUID.randomUUID();
        JsonObject touchpoint = fixture.create(
                rm,
                fixture.touchpoint(
                                LocalDate.now(ZoneOffset.UTC).minusDays(1) + "T08:00:00Z",
                                "OPERATION",
                                "Follow-up calls",
                                unit,
                                List.of(),
                                "Call " + marker)
                        .add(
                                "followUps",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("text", "Call back " + marker)
                                                .add("owner", "rm"))));
        long action = touchpoint
                .getJsonArray("followUps")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        var unknown =
                rm.put("/api/v1/follow-ups/" + action, "{\"status\":\"OPEN\",\"owner\":\"nobody-here\",\"version\":0}");
        assertEquals("owner", firstErrorField(unknown));
        assertEquals(
                "rm",
                rm.get("/api/v1/touchpoints/" + touchpoint.getJsonNumber("id").longValue())
                        .json()
                        .getJsonArray("followUps")
                        .getJsonObject(0)
                        .getString("owner"),
                "a refused change changes nothing");

        var reassigned =
                rm.put("/api/v1/follow-ups/" + action, "{\"status\":\"OPEN\",\"owner\":\"desk\",\"version\":0}");
        assertEquals(200, reassigned.status(), reassigned::toString);
        assertEquals("desk", reassigned.json().getString("owner"));
        assertTrue(texts(Api.as("desk").get("/api/v1/follow-ups/mine?size=500").json())
                .contains("Call back " + marker));
        long version = reassigned.json().getJsonNumber("version").longValue();
        var closed =
                Api.as("desk").put("/api/v1/follow-ups/" + action, "{\"status\":\"DONE\",\"version\":" + version + "}");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("DONE", closed.json().getString("status"));
    }

    @Test
    void overdueDemoFollowUpsCountTheirDaysSinceTheMeetingThatRaisedThem() {
        var demo = admin.get("/api/v1/follow-ups?overdue=true&size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("text").startsWith("Report back to "))
                .toList();
        assertFalse(demo.isEmpty(), "the demo data has overdue actions");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (JsonObject a : demo) {
            long pastDue = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(a.getString("dueDate")), today);
            assertTrue(a.getJsonNumber("daysOpen").longValue() > pastDue, "open longer than it is overdue: " + a);
        }
    }

    @Test
    void adminsAddRenameAndRetireTypesAndInformationItems() {
        String name = "Hackathon " + UUID.randomUUID();
        var added = admin.post("/api/v1/touchpoint-types", "{\"phase\":\"DESIGN\",\"name\":\"" + name + "\"}");
        assertEquals(201, added.status(), added::toString);
        long id = added.json().getJsonNumber("id").longValue();
        assertEquals(id, fixture.type("DESIGN", name));
        var duplicate = admin.post(
                "/api/v1/touchpoint-types", "{\"phase\":\"DESIGN\",\"name\":\"" + name.toUpperCase() + "\"}");
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals("name", firstErrorField(duplicate));

        var renamed = admin.put(
                "/api/v1/touchpoint-types/" + id,
                "{\"phase\":\"DESIGN\",\"name\":\"" + name + " day\",\"retired\":true,\"version\":0}");
        assertEquals(200, renamed.status(), renamed::toString);
        assertTrue(
                admin.get("/api/v1/touchpoint-types?phase=DESIGN").body().contains(name) == false, "retired is hidden");
        assertTrue(admin.get("/api/v1/touchpoint-types?phase=DESIGN&retired=true")
                .body()
                .contains(name + " day"));
        var moved = admin.put("/api/v1/touchpoint-types/" + id, "{\"phase\":\"CSI\",\"name\":\"x\",\"version\":1}");
        assertEquals("phase", firstErrorField(moved));

        long unit = fixture.businessUnit("Retired unit");
        var body = Json.createObjectBuilder()
                .add("occurredAt", "2026-01-05T10:00:00Z")
                .add("phase", "DESIGN")
                .add("typeId", id)
                .add("businessUnitId", unit)
                .add("channel", "WORKSHOP")
                .add("summary", "Uses a retired type");
        assertEquals(
                "typeId",
                firstErrorField(rm.post("/api/v1/touchpoints", body.build().toString())));

        var item = admin.post(
                "/api/v1/information-items",
                "{\"phase\":\"CSI\",\"name\":\"Carbon footprint " + UUID.randomUUID() + "\"}");
        assertEquals(201, item.status(), item::toString);
        assertEquals(
                403,
                rm.post("/api/v1/information-items", "{\"phase\":\"CSI\",\"name\":\"Nope\"}")
                        .status());
    }

    @Test
    void seededVocabulariesFollowTheLifecycle() {
        var types = admin.get("/api/v1/touchpoint-types").jsonValue().asJsonArray();
        assertEquals(
                7 + 7 + 9 + 11 + 8,
                types.stream()
                        .map(JsonValue::asJsonObject)
                        .filter(t -> !t.getString("name").startsWith("Hackathon"))
                        .count());
        assertEquals("STRATEGY", types.getJsonObject(0).getString("phase"));
        assertEquals(
                "Business case development and approval", types.getJsonObject(0).getString("name"));
        assertEquals(
                List.of(
                        "Business vision",
                        "Business goals",
                        "Business initiatives",
                        "Customer needs and budget",
                        "Customer input",
                        "Partnership"),
                fixture.informationNames("STRATEGY"));
        assertEquals(
                10,
                fixture.informationNames("CSI").stream()
                        .filter(n -> !n.startsWith("Carbon"))
                        .count());
    }

    @Test
    void notesAreAnalysedInTheBackgroundAndAgainWhenTheyChange() throws Exception {
        long unit = fixture.businessUnit("Notes unit");
        JsonObject body = fixture.touchpoint(
                        "2026-04-01T09:00:00Z", "CSI", "Service review meetings", unit, List.of(), "April review")
                .add("notes", "The VPN outage was terrible and nobody told us anything. We are very unhappy.")
                .build();
        JsonObject created = fixture.create(rm, Json.createObjectBuilder(body));
        long id = created.getJsonNumber("id").longValue();
        assertEquals("PENDING", created.getJsonObject("notesAnalysis").getString("status"));
        JsonObject analysed = awaitNotes(id, "ANALYSED");
        assertEquals("NEGATIVE", analysed.getString("sentiment"), analysed::toString);
        assertEquals("en", analysed.getString("language"));
        assertTrue(analysed.getString("modelVersion").length() > 0);

        var changed = rm.put(
                "/api/v1/touchpoints/" + id,
                Json.createObjectBuilder(body)
                        .add("notes", "Excellent review, the new portal works great and everyone is happy.")
                        .add("version", created.getInt("version"))
                        .build()
                        .toString());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("PENDING", changed.json().getJsonObject("notesAnalysis").getString("status"));
        assertEquals("POSITIVE", awaitNotes(id, "ANALYSED").getString("sentiment"));
    }

    private JsonObject awaitNotes(long id, String status) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (java.time.Instant.now().isBefore(deadline)) {
            JsonObject analysis = rm.get("/api/v1/touchpoints/" + id).json().getJsonObject("notesAnalysis");
            if (status.equals(analysis.getString("status", ""))) {
                return analysis;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("notes of touchpoint " + id + " not " + status + " within 60 s");
    }

    private long total(String query) {
        var reply = rm.get("/api/v1/touchpoints?" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static List<String> texts(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("text"))
                .toList();
    }

    static String firstErrorField(Api.Reply reply) {
        assertTrue(reply.status() == 400 || reply.status() == 409, reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
