package dev.gemba.it.review;

import static dev.gemba.it.review.ReviewFixture.id;
import static dev.gemba.it.review.ReviewFixture.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.feedback.FeedbackRestIT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Service reviews over REST: the pack of a seeded unit (every section with known figures), the
 * frozen pack after new data, minutes whose actions are follow-ups, decisions raised in one step,
 * the PDFs' text, field-naming problems and the relationship manager's rule.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceReviewsIT {

    private final Api rm = Api.as("rm");
    private final Api desk = Api.as("desk");
    private final Api admin = Api.as("admin");
    private final ReviewFixture fixture = new ReviewFixture();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void thePackOfASeededUnitHasEverySectionWithItsFiguresAndStaysFrozenOncePublished() throws Exception {
        long[] seeded = fixture.unitOfRm("Qualitätssicherung");
        long unit = seeded[0];
        Instant now = Instant.now();
        // the previous review: one action still open, one done
        JsonObject previous = ReviewFixture.publish(
                rm,
                ReviewFixture.schedule(
                        rm, unit, now.minus(Duration.ofDays(10)), today().minusDays(40), today().minusDays(11)));
        action(previous, "Prüfbericht an Jürgen senden", "desk", 7);
        JsonObject withBoth = action(previous, "Lizenzen zählen", "rm", 3);
        JsonObject done = withBoth.getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("text").equals("Lizenzen zählen"))
                .findFirst()
                .orElseThrow();
        var closed = rm.put(
                "/api/v1/follow-ups/" + id(done),
                "{\"status\":\"DONE\",\"version\":" + done.getJsonNumber("version") + "}");
        assertEquals(200, closed.status(), closed::toString);
        // data about the unit in the period
        for (String text : List.of(
                "Der Drucker in Halle 3 ist ständig kaputt, das ist ärgerlich.",
                "Printing is slow and jams every morning.",
                "Thanks, the new printer works great.")) {
            var fb = desk.post(
                    "/api/v1/feedback",
                    Json.createObjectBuilder()
                            .add("channel", "PHONE")
                            .add("text", text)
                            .add("businessUnitId", unit)
                            .build()
                            .toString());
            assertEquals(201, fb.status(), fb::toString);
            FeedbackRestIT.awaitAnalysis(desk, id(fb.json()));
        }
        var finding = rm.post(
                "/api/v1/findings",
                "{\"title\":\"Drucker in Halle 3 fallen aus\",\"statement\":\"Seit Oktober täglich.\","
                        + "\"businessUnitId\":" + unit + "}");
        assertEquals(201, finding.status(), finding::toString);
        var item = rm.post(
                "/api/v1/improvements",
                Json.createObjectBuilder()
                        .add("title", "Druckerflotte erneuern")
                        .add("businessUnitIds", Json.createArrayBuilder().add(unit))
                        .add("owner", "desk")
                        .add("type", "TECHNOLOGY")
                        .add("effort", "M")
                        .add("kpiKind", "NEGATIVE_SHARE")
                        .add("kpiBusinessUnitId", unit)
                        .add("targetDate", today().plusDays(30).toString())
                        .build()
                        .toString());
        assertEquals(201, item.status(), item::toString);

        JsonObject review =
                ReviewFixture.schedule(rm, unit, now.plus(Duration.ofDays(1)), today().minusDays(30), today());
        JsonObject pack =
                rm.get("/api/v1/service-reviews/" + id(review) + "/pack").json();

        var open = pack.getJsonArray("openActions").getValuesAs(JsonObject.class);
        assertEquals(1, open.size(), pack::toString);
        assertEquals("Prüfbericht an Jürgen senden", open.get(0).getString("text"));
        assertEquals("desk", open.get(0).getString("owner"));
        assertNotNull(pack.getJsonObject("serviceLevels"), pack::toString);
        assertEquals(0, pack.getJsonObject("surveys").getJsonNumber("responses").longValue());
        JsonObject feedback = pack.getJsonObject("feedback");
        assertEquals(3, feedback.getJsonNumber("analysed").longValue(), feedback::toString);
        long counted = feedback.getJsonArray("sentiment").getValuesAs(JsonObject.class).stream()
                .mapToLong(m -> m.getJsonNumber("negative").longValue()
                        + m.getJsonNumber("neutral").longValue()
                        + m.getJsonNumber("positive").longValue()
                        + m.getJsonNumber("mixed").longValue())
                .sum();
        assertEquals(3, counted, feedback::toString);
        var findings = pack.getJsonArray("findings").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("Drucker in Halle 3 fallen aus"),
                findings.stream().map(f -> f.getString("title")).toList());
        var items = pack.getJsonArray("improvements").getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), pack::toString);
        assertEquals("PROPOSED", items.get(0).getString("status"));
        assertEquals("desk", items.get(0).getString("owner"));
        assertEquals(today().plusDays(30).toString(), items.get(0).getString("due"));
        assertEquals(0, pack.getJsonArray("youSaidWeDid").size());
        var noTouchpoint = pack.getJsonArray("coverageGaps").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.containsKey("gap")
                        && g.get("gap").getValueType() == JsonValue.ValueType.STRING
                        && g.getString("gap").equals("NO_TOUCHPOINT"))
                .map(g -> g.getString("phase"))
                .toList();
        // the previous review is a CSI touchpoint in the period: the only phase IT listened in
        assertEquals(List.of("STRATEGY", "DESIGN", "TRANSITION", "OPERATION"), noTouchpoint, pack::toString);

        // published: new data changes nothing in the pack
        JsonObject published = ReviewFixture.publish(rm, review);
        assertEquals("PUBLISHED", published.getString("status"));
        String frozen =
                rm.get("/api/v1/service-reviews/" + id(review) + "/pack").body();
        var later = rm.post(
                "/api/v1/findings",
                "{\"title\":\"Nach der Veröffentlichung\",\"statement\":\"neu\",\"businessUnitId\":" + unit + "}");
        assertEquals(201, later.status(), later::toString);
        String after = rm.get("/api/v1/service-reviews/" + id(review) + "/pack").body();
        assertEquals(frozen, after);
        assertFalse(after.contains("Nach der Veröffentlichung"));

        var mailed = rm.post("/api/v1/service-reviews/" + id(review) + "/mail", null);
        assertEquals(200, mailed.status(), mailed::toString);
        assertEquals(
                List.of("rm@demo.gemba.dev"),
                mailed.json().getJsonArray("sentTo").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals("Jürgen Groß", mailed.json().getJsonArray("withoutAddress").getString(0));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("target/it-data/mail"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("review-" + id(review) + "-")));
        }
        String text =
                ReviewFixture.text(ReviewFixture.pdf("viewer", "/api/v1/service-reviews/" + id(review) + "/pack.pdf"));
        assertTrue(text.contains("Qualitätssicherung"), text);
        assertTrue(text.contains("Drucker in Halle 3 fallen aus"), text);
        assertTrue(text.contains("Prüfbericht an Jürgen senden"), text);
        assertTrue(text.contains("Jürgen Groß"), text);
        assertTrue(text.contains(items.get(0).getString("number")), text);
    }

    @Test
    void minutesActionsAreFollowUpsAndDecisionsAreRaisedInOneStep() throws Exception {
        long unit = fixture.unitOfRm("Einkauf")[0];
        JsonObject review = ReviewFixture.publish(
                rm,
                ReviewFixture.schedule(
                        rm, unit, Instant.now().minus(Duration.ofDays(1)), today().minusDays(30), today()));
        long point = id(review.getJsonArray("agenda").getJsonObject(0));
        var minutes = rm.put(
                "/api/v1/service-reviews/" + id(review) + "/minutes",
                Json.createObjectBuilder()
                        .add(
                                "notes",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("agendaItemId", point)
                                                .add("notes", "Die Qualität ist gestiegen; Grüße an das Team.")))
                        .add("version", review.getJsonNumber("version"))
                        .build()
                        .toString());
        assertEquals(200, minutes.status(), minutes::toString);
        assertEquals("HELD", minutes.json().getString("status"));

        JsonObject held = action(minutes.json(), "Ersatzteile für Halle 3 bestellen", "desk", 14);
        long touchpoint = held.getJsonNumber("touchpointId").longValue();
        var followUps = admin.get("/api/v1/follow-ups?businessUnitId=" + unit).json();
        var mine = followUps.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("text").equals("Ersatzteile für Halle 3 bestellen"))
                .toList();
        assertEquals(1, mine.size(), followUps::toString);
        assertEquals(touchpoint, mine.get(0).getJsonNumber("touchpointId").longValue());
        assertEquals("desk", mine.get(0).getString("owner"));
        assertTrue(desk.get("/api/v1/follow-ups/mine").body().contains("Ersatzteile für Halle 3 bestellen"));
        JsonObject tp = admin.get("/api/v1/touchpoints/" + touchpoint).json();
        assertEquals("CSI", tp.getString("phase"));
        assertEquals("Service review meetings", tp.getString("typeName"));
        assertTrue(tp.getString("notes").contains("Die Qualität ist gestiegen"), tp::toString);

        var finding = rm.post(
                "/api/v1/service-reviews/" + id(review) + "/decisions",
                "{\"agendaItemId\":" + point + ",\"raiseAs\":\"FINDING\",\"title\":\"Lieferzeiten zu lang\","
                        + "\"statement\":\"Der Einkauf wartet zu lange auf Notebooks.\"}");
        assertEquals(201, finding.status(), finding::toString);
        JsonObject raised = admin.get("/api/v1/findings/" + finding.json().getJsonNumber("refId"))
                .json();
        assertEquals(unit, raised.getJsonNumber("businessUnitId").longValue(), raised::toString);
        var proposal = rm.post(
                "/api/v1/service-reviews/" + id(review) + "/decisions",
                "{\"raiseAs\":\"IMPROVEMENT\",\"title\":\"Notebook-Lager anlegen\",\"statement\":\"Zehn auf Vorrat.\"}");
        assertEquals(201, proposal.status(), proposal::toString);
        JsonObject proposed = admin.get(
                        "/api/v1/improvements/" + proposal.json().getJsonNumber("refId"))
                .json();
        assertEquals("PROPOSED", proposed.getString("status"));
        assertEquals(
                unit,
                proposed.getJsonArray("businessUnits")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());

        String text = ReviewFixture.text(
                ReviewFixture.pdf("steering", "/api/v1/service-reviews/" + id(review) + "/minutes.pdf"));
        assertTrue(text.contains("Die Qualität ist gestiegen; Grüße an das Team."), text);
        assertTrue(text.contains("Ersatzteile für Halle 3 bestellen"), text);
        assertTrue(text.contains("Lieferzeiten zu lang"), text);
    }

    @Test
    void theAgendaIsReorderedTrimmedAndExtendedUntilPublished() {
        long unit = fixture.unitOfRm("Recht")[0];
        JsonObject review = ReviewFixture.schedule(rm, unit, Instant.now(), today().minusDays(30), today());
        var agenda = review.getJsonArray("agenda").getValuesAs(JsonObject.class);
        assertEquals(8, agenda.size(), review::toString);
        var draft = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", id(agenda.get(2))).add("title", "Umfragen zuerst"))
                .add(Json.createObjectBuilder()
                        .add("id", id(agenda.get(0)))
                        .add("title", agenda.get(0).getString("title")))
                .add(Json.createObjectBuilder().add("title", "Verschiedenes"));
        var changed = rm.put(
                "/api/v1/service-reviews/" + id(review) + "/agenda",
                Json.createObjectBuilder()
                        .add("points", draft)
                        .add("version", review.getJsonNumber("version"))
                        .build()
                        .toString());
        assertEquals(200, changed.status(), changed::toString);
        var points = changed.json().getJsonArray("agenda").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("Umfragen zuerst", agenda.get(0).getString("title"), "Verschiedenes"),
                points.stream().map(p -> p.getString("title")).toList());
        assertEquals("SURVEY_SCORES", points.get(0).getString("section"));
        assertFalse(points.get(2).containsKey("section")
                && points.get(2).get("section").getValueType() == JsonValue.ValueType.STRING);

        JsonObject published = ReviewFixture.publish(rm, changed.json());
        var frozen = rm.put(
                "/api/v1/service-reviews/" + id(review) + "/agenda",
                "{\"points\":[],\"version\":" + published.getJsonNumber("version") + "}");
        assertEquals(409, frozen.status(), frozen::toString);
        assertTrue(frozen.isProblem(), frozen::toString);
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        long unit = fixture.unitOfRm("Controlling")[0];
        var backwards = rm.post(
                "/api/v1/service-reviews", ReviewFixture.review(unit, Instant.now(), today(), today().minusDays(1)));
        assertEquals(400, backwards.status(), backwards::toString);
        assertTrue(backwards.isProblem(), backwards::toString);
        assertEquals(
                "periodTo",
                backwards.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var noUnit = rm.post("/api/v1/service-reviews", ReviewFixture.review(999999, Instant.now(), today(), today()));
        assertEquals(400, noUnit.status(), noUnit::toString);
        assertEquals(
                "businessUnitId",
                noUnit.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject review = ReviewFixture.publish(
                rm, ReviewFixture.schedule(rm, unit, Instant.now(), today().minusDays(7), today()));
        var nobody = rm.post(
                "/api/v1/service-reviews/" + id(review) + "/actions",
                "{\"text\":\"x\",\"owner\":\"nobody-of-that-name\",\"dueDate\":\"" + today() + "\"}");
        assertEquals(400, nobody.status(), nobody::toString);
        assertEquals(
                "owner", nobody.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void relationshipManagersChangeOnlyTheirUnitsReviews() {
        var other = admin.post(
                "/api/v1/business-units", "{\"name\":\"Ohne Betreuung " + java.util.UUID.randomUUID() + "\"}");
        long unit = id(other.json());
        var refused = rm.post("/api/v1/service-reviews", ReviewFixture.review(unit, Instant.now(), today(), today()));
        assertEquals(403, refused.status(), refused::toString);
        assertTrue(refused.isProblem(), refused::toString);
        JsonObject byAdmin = ReviewFixture.schedule(admin, unit, Instant.now(), today().minusDays(7), today());
        assertFalse(rm.get("/api/v1/service-reviews/" + id(byAdmin)).json().getBoolean("mayChange"));
        assertEquals(
                200,
                Api.as("viewer")
                        .get("/api/v1/service-reviews/" + id(byAdmin) + "/pack")
                        .status());
    }

    @Test
    void theDemoHasAHeldReviewWithMinutesAndActionsAndAnUpcomingOneWithAPack() {
        JsonObject page =
                Api.as("viewer").get("/api/v1/service-reviews?size=100").json();
        var sales = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("businessUnitName").equals("Sales"))
                .toList();
        JsonObject held = sales.stream()
                .filter(r -> r.getString("status").equals("HELD"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(page.toString()));
        JsonObject details =
                Api.as("viewer").get("/api/v1/service-reviews/" + id(held)).json();
        assertEquals(2, details.getJsonArray("actions").size(), details::toString);
        assertTrue(details.getJsonArray("agenda").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.containsKey("notes") && a.get("notes").getValueType() == JsonValue.ValueType.STRING));
        // the held review's frozen pack reports the demo's service levels, not "unavailable"
        JsonObject frozen = Api.as("viewer")
                .get("/api/v1/service-reviews/" + id(held) + "/pack")
                .json();
        JsonObject heldLevels = frozen.getJsonObject("serviceLevels");
        assertTrue(!heldLevels.containsKey("note") || heldLevels.isNull("note"), frozen::toString);
        var heldLines = heldLevels.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertTrue(
                heldLines.stream().anyMatch(l -> l.getString("agreement").startsWith("SLA-VPN-SALES")),
                frozen::toString);
        assertTrue(heldLines.stream()
                .allMatch(l -> List.of("COMPLIANT", "AT_RISK", "BREACHED").contains(l.getString("compliance"))));
        JsonObject upcoming = sales.stream()
                .filter(r -> r.getString("status").equals("PLANNED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(page.toString()));
        JsonObject pack = Api.as("steering")
                .get("/api/v1/service-reviews/" + id(upcoming) + "/pack")
                .json();
        // the SLA/OLA section: the demo's agreements for the services Sales consumes, with their compliance
        var levels = pack.getJsonObject("serviceLevels").getJsonArray("lines").getValuesAs(JsonObject.class);
        assertFalse(levels.isEmpty(), pack::toString);
        assertTrue(levels.stream()
                .allMatch(l -> List.of("COMPLIANT", "AT_RISK", "BREACHED").contains(l.getString("compliance"))));
        // the held review's open actions come up again
        assertEquals(2, pack.getJsonArray("openActions").size(), pack::toString);
        // the survey figures are the survey feature's own for the unit and period
        String from = pack.getString("periodFrom") + "T00:00:00Z";
        String to = java.time.LocalDate.parse(pack.getString("periodTo")).plusDays(1) + "T00:00:00Z";
        var scores = Api.as("viewer")
                .get("/api/v1/survey-scores?by=BUSINESS_UNIT&businessUnitId=" + pack.getJsonNumber("businessUnitId")
                        + "&from=" + from + "&to=" + to)
                .jsonValue()
                .asJsonArray();
        long responses = scores.isEmpty()
                ? 0
                : scores.getJsonObject(0).getJsonNumber("responses").longValue();
        assertEquals(
                responses,
                pack.getJsonObject("surveys").getJsonNumber("responses").longValue(),
                pack::toString);
        if (responses > 0) {
            assertEquals(
                    scores.getJsonObject(0).getJsonObject("csat").get("value"),
                    pack.getJsonObject("surveys").getJsonObject("csat").get("value"));
        }
    }

    private JsonObject action(JsonObject review, String text, String owner, int dueInDays) {
        var reply = rm.post(
                "/api/v1/service-reviews/" + id(review) + "/actions",
                Json.createObjectBuilder()
                        .add("text", text)
                        .add("owner", owner)
                        .add("dueDate", today().plusDays(dueInDays).toString())
                        .build()
                        .toString());
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }
}
