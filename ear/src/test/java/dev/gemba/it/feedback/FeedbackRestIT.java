package dev.gemba.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Feedback over REST: idempotent ingest, asynchronous analysis, corrections kept apart and exported. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class FeedbackRestIT {

    private final Api integration = Api.as("integration");
    private final Api desk = Api.as("desk");

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    public static String feedbackJson(String text, String externalId) {
        return "{\"channel\":\"EMAIL\",\"text\":" + jsonString(text) + ",\"tier\":\"L1\",\"tags\":[\"Vpn\"]"
                + (externalId == null ? "" : ",\"externalId\":\"" + externalId + "\"") + "}";
    }

    public static String jsonString(String s) {
        return jakarta.json.Json.createValue(s).toString();
    }

    /** Polls until the analysis has run; never a fixed sleep. */
    public static JsonObject awaitAnalysis(Api api, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonObject item = api.get("/api/v1/feedback/" + id).json();
            if (!"PENDING".equals(item.getString("analysisStatus"))) {
                return item;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("feedback " + id + " was not analysed within 60 s");
    }

    @Test
    void repeatingASubmissionReturnsTheSameItemAndCreatesNothing() {
        String externalId = "ticket-" + UUID.randomUUID();
        String text = "Idempotency check " + externalId;
        var first = integration.post("/api/v1/feedback", feedbackJson(text, externalId));
        assertEquals(201, first.status(), first::toString);
        var second = integration.post("/api/v1/feedback", feedbackJson(text, externalId));
        assertEquals(200, second.status(), second::toString);
        assertEquals(
                first.json().getJsonNumber("id").longValue(),
                second.json().getJsonNumber("id").longValue());
        var matches = desk.get("/api/v1/feedback?q=" + externalId).json();
        assertEquals(1, matches.getJsonNumber("total").longValue());
    }

    @Test
    void analysisIsStoredAfterSubmission() throws Exception {
        var created = integration.post(
                "/api/v1/feedback",
                feedbackJson(
                        "The VPN keeps dropping every hour and it is terrible. Support was friendly though.", null));
        assertEquals(201, created.status(), created::toString);
        assertEquals("PENDING", created.json().getString("analysisStatus"));

        JsonObject item = awaitAnalysis(desk, created.json().getJsonNumber("id").longValue());
        assertEquals("ANALYSED", item.getString("analysisStatus"), item::toString);
        assertEquals("en", item.getString("language"));
        assertTrue(item.getJsonArray("topics").toString().contains("network-connectivity"), item::toString);
        JsonObject detail = item.getJsonObject("analysisDetail"); // an object, not a string of JSON
        assertTrue(detail.getJsonArray("sentences").size() >= 1, detail::toString);
        assertTrue(detail.getJsonArray("keyPhrases").toString().contains("vpn"), detail::toString);
        assertTrue(item.getString("modelVersion").length() > 0);
    }

    @Test
    void htmlIsStoredVerbatim() {
        String text = "<script>alert('x')</script> & \u0007 bell";
        var created = integration.post("/api/v1/feedback", feedbackJson(text, null));
        assertEquals(201, created.status(), created::toString);
        assertEquals(
                text,
                desk.get("/api/v1/feedback/"
                                + created.json().getJsonNumber("id").longValue())
                        .json()
                        .getString("text"));
    }

    @Test
    void textOverTheLimitIsRefusedNamingTheField() {
        var reply = integration.post("/api/v1/feedback", feedbackJson("x".repeat(20_001), null));
        assertEquals(400, reply.status(), () -> reply.status() + " " + reply.contentType());
        assertTrue(reply.isProblem());
        assertEquals(
                "text", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void feedbackIsFilteredByTag() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String tagged = Json.createObjectBuilder()
                .add("channel", "PHONE")
                .add("text", "Tagged " + marker)
                .add("tags", Json.createArrayBuilder().add("Reopened-" + marker).add("vip"))
                .build()
                .toString();
        String untagged = Json.createObjectBuilder()
                .add("channel", "PHONE")
                .add("text", "Untagged " + marker)
                .build()
                .toString();
        assertEquals(201, integration.post("/api/v1/feedback", tagged).status());
        assertEquals(201, integration.post("/api/v1/feedback", untagged).status());

        // tags are stored in lower case; the filter takes any case
        var found = desk.get("/api/v1/feedback?tag=REOPENED-" + marker).json();
        assertEquals(1, found.getInt("total"), found::toString);
        var item = found.getJsonArray("items").getJsonObject(0);
        assertEquals("Tagged " + marker, item.getString("text"));
        assertEquals(
                java.util.Set.of("reopened-" + marker, "vip"),
                item.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .collect(java.util.stream.Collectors.toSet()));
        assertEquals(
                0,
                desk.get("/api/v1/feedback?tag=reopened-" + marker + "x").json().getInt("total"));
    }

    @Test
    void unknownFilterValueIsA400NamingTheParameter() {
        var reply = desk.get("/api/v1/feedback?sentiment=ECSTATIC");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "sentiment",
                reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void correctionIsKeptApartFromTheModelAndExported() throws Exception {
        String marker = UUID.randomUUID().toString();
        var created = integration
                .post(
                        "/api/v1/feedback",
                        feedbackJson("The new laptop is great, setup took " + "five minutes. " + marker, null))
                .json();
        long id = created.getJsonNumber("id").longValue();
        JsonObject analysed = awaitAnalysis(desk, id);
        String modelSentiment = analysed.getString("sentiment");

        var corrected = desk.put(
                "/api/v1/feedback/" + id + "/correction",
                "{\"sentiment\":\"NEUTRAL\"," + "\"topics\":[\"hardware-devices\"],\"version\":"
                        + analysed.getJsonNumber("version") + "}");
        assertEquals(200, corrected.status(), corrected::toString);
        assertEquals("NEUTRAL", corrected.json().getString("correctedSentiment"));
        assertEquals(modelSentiment, corrected.json().getString("sentiment"));

        var filtered =
                desk.get("/api/v1/feedback?sentiment=NEUTRAL&q=setup%20took").json();
        assertTrue(filtered.getJsonNumber("total").longValue() >= 1);

        var again = desk.put(
                "/api/v1/feedback/" + id + "/correction",
                "{\"sentiment\":\"POSITIVE\",\"topics\":[\"hardware-devices\"],\"version\":"
                        + corrected.json().getJsonNumber("version") + "}");
        assertEquals(200, again.status(), again::toString);

        var export = desk.download("/api/v1/feedback/corrections?max=500");
        assertEquals(200, export.status());
        assertTrue(
                export.body()
                        .lines()
                        .filter(l -> l.contains(marker))
                        .toList()
                        .equals(List.of(export.body()
                                .lines()
                                .filter(l -> l.contains(marker)
                                        && l.contains("\"label\":\"positive\"")
                                        && l.contains("hardware-devices"))
                                .findFirst()
                                .orElse("no line with the latest labels"))),
                "one line per item, with the labels it was given last: " + export.body());

        var file = desk.download("/api/v1/feedback/corrections/export");
        assertEquals(200, file.status(), file::toString);
        assertEquals(
                "attachment; filename=\"gemba-corrections.jsonl\"",
                file.raw().headers().firstValue("Content-Disposition").orElse(null));
        assertEquals(export.body(), file.body(), "under 500 corrections: the file is the first page");
    }
}
