package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15's input findings: every one of them answered 5xx, 404 or 200 where a 400 problem+json
 * naming the field belongs, and nothing is stored from a refused request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestInputIT {

    private final Api admin = Api.as("admin");
    private final TouchpointFixture fixture = new TouchpointFixture();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    /** Asserts a 400 problem+json whose errors name the field, without Java or server internals. */
    static void assertRefused(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        var errors = reply.json().getJsonArray("errors");
        assertTrue(
                errors != null
                        && errors.stream()
                                .anyMatch(
                                        e -> e.asJsonObject().getString("field").equals(field)),
                () -> "names " + field + ": " + reply);
        assertFalse(reply.body().matches("(?s).*(dev\\.gemba|java\\.|RESTEASY|Exception).*"), reply::toString);
    }

    @TestFactory
    Stream<DynamicTest> aPageBeyondTheLastPossibleOneIs400NotAnOverflow() {
        return Stream.of(
                        "/api/v1/services",
                        "/api/v1/business-units",
                        "/api/v1/feedback",
                        "/api/v1/touchpoints",
                        "/api/v1/follow-ups",
                        "/api/v1/imports",
                        "/api/v1/survey-invitations")
                .map(list -> DynamicTest.dynamicTest(
                        list, () -> assertRefused(admin.get(list + "?page=2147483647"), "page")));
    }

    @TestFactory
    Stream<DynamicTest> nonNumericIdsAndNumbersAre400NamingTheParameter() {
        return Stream.of(
                        new String[] {"/api/v1/services?page=abc", "page"},
                        new String[] {"/api/v1/touchpoints?size=ten", "size"},
                        new String[] {"/api/v1/touchpoints/abc", "id"},
                        new String[] {"/api/v1/users/1e3", "id"},
                        new String[] {"/api/v1/feedback/12x", "id"},
                        new String[] {"/api/v1/business-units?serviceId=x", "serviceId"},
                        new String[] {"/api/v1/coverage?staleAfterDays=many", "staleAfterDays"})
                .map(c -> DynamicTest.dynamicTest(c[0], () -> assertRefused(admin.get(c[0]), c[1])));
    }

    @Test
    void negativeFirstOrMaxOfTheCorrectionsExportIs400() {
        assertRefused(admin.download("/api/v1/feedback/corrections?first=-1"), "first");
        assertRefused(admin.download("/api/v1/feedback/corrections?max=-5"), "max");
    }

    @TestFactory
    Stream<DynamicTest> extremeDatesOnCoverageAndInsightsAre400() {
        return Stream.of(
                        new String[] {"/api/v1/coverage?to=-1000000000-01-01T00:00:00Z", "to"},
                        new String[] {"/api/v1/coverage?from=-999999999-01-01T00:00:00Z", "from"},
                        new String[] {"/api/v1/insights?to=-1000000000-01-01T00:00:00Z", "to"},
                        new String[] {"/api/v1/insights?from=-999999999-01-01T00:00:00Z&granularity=WEEK", "from"},
                        new String[] {"/api/v1/feedback?to=%2B1000000000-12-31T00:00:00Z", "to"})
                .map(c -> DynamicTest.dynamicTest(c[0], () -> assertRefused(admin.get(c[0]), c[1])));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        var reply = admin.post("/api/v1/feedback", "{\"channel\":\"FAX\",\"text\":\"unknown channel\"}");
        assertRefused(reply, "channel");
        assertTrue(reply.body().contains("EMAIL"), reply::toString);
    }

    @Test
    void anUnknownEnumValueInsideAListNamesItsPath() {
        long unit = fixture.existingBusinessUnit("Finance");
        var body = fixture.touchpoint(
                        Instant.now().minusSeconds(3600).toString(),
                        "OPERATION",
                        "Complaints and escalations",
                        unit,
                        List.of(),
                        "enum in a list")
                .add(
                        "followUps",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("text", "x")
                                        .add("owner", "rm")
                                        .add("status", "MAYBE")));
        assertRefused(admin.post("/api/v1/touchpoints", body.build().toString()), "followUps[0].status");
    }

    @Test
    void trailingGarbageAfterTheJsonIsRefusedAndNothingIsStored() {
        String text = "trailing garbage " + UUID.randomUUID();
        assertRefused(
                admin.post("/api/v1/feedback", "{\"channel\":\"EMAIL\",\"text\":\"" + text + "\"} garbage"), "body");
        assertEquals(
                0,
                admin.get("/api/v1/feedback?q=" + text.replace(" ", "%20"))
                        .json()
                        .getInt("total"));
    }

    @Test
    void aFractionalVersionIsRefused() {
        long id = admin.post("/api/v1/feedback", "{\"channel\":\"EMAIL\",\"text\":\"version check\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        assertRefused(
                admin.put("/api/v1/feedback/" + id + "/correction", "{\"sentiment\":\"NEUTRAL\",\"version\":1.5}"),
                "version");
    }

    @Test
    void aJsonBodyNestedTooDeeplyIsRefusedBeforeParsing() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertRefused(admin.post("/api/v1/feedback", "{\"channel\":\"EMAIL\",\"text\":" + deep + "}"), "body");
    }

    @Test
    void aDueDateOutsideTheSaneRangeIsRefusedNotStoredCorrupted() {
        long unit = fixture.existingBusinessUnit("Finance");
        var body = fixture.touchpoint(
                        Instant.now().minusSeconds(3600).toString(),
                        "OPERATION",
                        "Complaints and escalations",
                        unit,
                        List.of(),
                        "far due date")
                .add(
                        "followUps",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("text", "some day")
                                        .add("owner", "rm")
                                        .add("dueDate", "+999999999-12-31")));
        assertRefused(admin.post("/api/v1/touchpoints", body.build().toString()), "followUps[0].dueDate");
    }

    @Test
    void aFeedbackTimeFromYearZeroIsRefused() {
        assertRefused(
                admin.post(
                        "/api/v1/feedback",
                        "{\"channel\":\"EMAIL\",\"text\":\"year zero\",\"receivedAt\":\"0000-01-01T00:00:00Z\"}"),
                "receivedAt");
    }

    @Test
    void aCampaignScheduledInYearZeroIsRefusedInsteadOfLaunchingAtOnce() {
        long survey = admin.get("/api/v1/surveys").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getString("kind").equals("RELATIONSHIP"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String name = "year zero " + UUID.randomUUID();
        var reply = admin.post(
                "/api/v1/survey-campaigns",
                "{\"surveyId\":" + survey + ",\"name\":\"" + name
                        + "\",\"scheduledAt\":\"0000-01-01T00:00:00Z\",\"reminderAfterDays\":7}");
        assertRefused(reply, "scheduledAt");
        assertFalse(admin.get("/api/v1/survey-campaigns").body().contains(name));
    }

    @Test
    void aJsonlLineNestedOverAThousandDeepIsARefusedRowNotA500() throws Exception {
        String marker = "deep" + UUID.randomUUID().toString().substring(0, 8);
        String file =
                "{\"text\":\"" + marker + " good line\"}\n{\"text\":" + "[".repeat(1200) + "]".repeat(1200) + "}\n";
        var preview = admin.upload("/api/v1/imports/preview?kind=feedback&format=JSONL", file, "application/x-ndjson");
        assertEquals(200, preview.status(), preview::toString);
        assertEquals(2, preview.json().getInt("rows"));
        var started = admin.upload(
                "/api/v1/imports?kind=feedback&format=JSONL&map.text=text&token="
                        + preview.json().getString("token"),
                "",
                "application/x-ndjson");
        assertEquals(202, started.status(), started::toString);
        String id = started.json().getJsonNumber("id").toString();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var status = admin.get("/api/v1/imports/" + id).json();
        while (!status.getString("status").equals("COMPLETED") && System.nanoTime() < deadline) {
            Thread.sleep(300);
            status = admin.get("/api/v1/imports/" + id).json();
        }
        assertEquals("COMPLETED", status.getString("status"), status::toString);
        assertEquals(1, status.getInt("rowsImported"));
        assertEquals(1, status.getInt("rowsFailed"));
        var refused = admin.get("/api/v1/imports/" + id + "/errors").json().getJsonArray("items");
        assertEquals(2, refused.getJsonObject(0).getInt("row"), refused::toString);
    }

    @Test
    void importsTakeOnlyFileTypesAPageOfAnotherOriginCannotSendUnasked() {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
            var reply = admin.upload("/api/v1/imports/preview?kind=feedback&format=CSV", "Comment\nrow", type);
            assertEquals(415, reply.status(), reply::toString);
            assertTrue(reply.isProblem(), reply::toString);
        }
        var csv = admin.upload("/api/v1/imports/preview?kind=feedback&format=CSV", "Comment\nrow", "text/csv");
        assertEquals(200, csv.status(), csv::toString);
        assertEquals(
                204,
                admin.delete("/api/v1/imports/preview/" + csv.json().getString("token"))
                        .status());
    }

    @Test
    void aChangeRequestedByAPageOfAnotherOriginIsRefused() {
        String text = "cross origin " + UUID.randomUUID();
        var reply = admin.sendWith(
                "POST",
                "/api/v1/feedback",
                "{\"channel\":\"EMAIL\",\"text\":\"" + text + "\"}",
                "Origin",
                "http://127.0.0.1:9999");
        assertEquals(403, reply.status(), reply::toString);
        assertTrue(reply.isProblem());
        assertEquals(
                0,
                admin.get("/api/v1/feedback?q=" + text.replace(" ", "%20"))
                        .json()
                        .getInt("total"));
        var sameOrigin = admin.sendWith(
                "POST",
                "/api/v1/feedback",
                "{\"channel\":\"EMAIL\",\"text\":\"" + text + "\"}",
                "Origin",
                Api.baseUrl());
        assertEquals(201, sameOrigin.status(), sameOrigin::toString);
    }
}
