package dev.gemba.it.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The findings API: create, read, restate with optimistic locking, link and unlink, refusals as problem+json. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FindingsRestIT {

    private final Api rm = Api.as("rm");
    private final Api desk = Api.as("desk");
    private final Api viewer = Api.as("viewer");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    private static long service() {
        var reply = Api.as("admin")
                .post(
                        "/api/v1/services",
                        "{\"name\":\"Findings REST " + UUID.randomUUID()
                                + "\",\"criticality\":\"LOW\",\"status\":\"LIVE\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long feedback(String text) {
        var reply = Api.as("desk")
                .post(
                        "/api/v1/feedback",
                        "{\"channel\":\"PHONE\",\"text\":\"" + text + " " + UUID.randomUUID() + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String finding(long service, String extra) {
        return "{\"title\":\"Email outages\",\"statement\":\"Mail is down every Monday\",\"serviceId\":" + service
                + ",\"query\":{\"topic\":\"email\",\"since\":\"2026-01-01\",\"until\":\"2026-01-31\"}" + extra + "}";
    }

    @Test
    void deskRaisesAFindingEveryoneReadsItAndAStaleChangeIsRefused() {
        long svc = service();
        long item = feedback("Mail down again");
        var created =
                desk.post("/api/v1/findings", finding(svc, ",\"feedbackIds\":[" + item + "],\"origin\":\"INBOX\""));
        assertEquals(201, created.status(), created::toString);
        JsonObject body = created.json();
        long id = body.getJsonNumber("id").longValue();
        assertTrue(created.raw().headers().firstValue("Location").orElse("").endsWith("/findings/" + id));
        assertEquals("desk", body.getString("createdBy"));
        assertEquals("INBOX", body.getString("origin"));
        assertEquals("email", body.getJsonObject("query").getString("topic"));
        assertEquals(1, body.getJsonArray("evidence").size());
        assertEquals(
                item,
                body.getJsonArray("evidence")
                        .getJsonObject(0)
                        .getJsonNumber("itemId")
                        .longValue());
        assertEquals("2026-01-01T00:00:00Z", body.getJsonObject("impact").getString("from"));

        var read = viewer.get("/api/v1/findings/" + id);
        assertEquals(200, read.status(), read::toString);
        var listed = viewer.get("/api/v1/findings?serviceId=" + svc);
        assertEquals(1, listed.json().getJsonNumber("total").longValue());

        var changed = rm.put("/api/v1/findings/" + id, finding(svc, ",\"version\":0,\"status\":\"ADDRESSED\""));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("rm", changed.json().getString("updatedBy"));
        assertEquals("ADDRESSED", changed.json().getString("status"));
        assertEquals(1, changed.json().getJsonArray("evidence").size(), "restating keeps the evidence");

        var stale = desk.put("/api/v1/findings/" + id, finding(svc, ",\"version\":0"));
        assertEquals(409, stale.status(), stale::toString);
        assertTrue(stale.isProblem());
        var noVersion = desk.put("/api/v1/findings/" + id, finding(svc, ""));
        assertEquals(400, noVersion.status(), noVersion::toString);
        assertEquals("version", firstField(noVersion));
    }

    @Test
    void evidenceIsLinkedOnceAndUnlinkedByItsOwnId() {
        long svc = service();
        long id = rm.post("/api/v1/findings", finding(svc, ""))
                .json()
                .getJsonNumber("id")
                .longValue();
        long item = feedback("Calendar broken");
        String link = "{\"kind\":\"FEEDBACK\",\"itemId\":" + item + "}";
        var linked = rm.post("/api/v1/findings/" + id + "/evidence", link);
        assertEquals(200, linked.status(), linked::toString);
        var again = rm.post("/api/v1/findings/" + id + "/evidence", link);
        assertEquals(1, again.json().getJsonArray("evidence").size(), "the same item twice is one link");
        JsonObject entry = again.json().getJsonArray("evidence").getJsonObject(0);
        assertEquals("rm", entry.getString("linkedBy"));
        var gap = rm.post("/api/v1/findings/" + id + "/evidence", "{\"kind\":\"COVERAGE_GAP\",\"phase\":\"DESIGN\"}");
        assertEquals(400, gap.status(), gap::toString);
        assertEquals("businessUnitId", firstField(gap));

        var unlinked = rm.delete(
                "/api/v1/findings/evidence/" + entry.getJsonNumber("id").longValue());
        assertEquals(200, unlinked.status(), unlinked::toString);
        assertEquals(0, unlinked.json().getJsonArray("evidence").size());
        assertEquals(
                404,
                rm.delete("/api/v1/findings/evidence/"
                                + entry.getJsonNumber("id").longValue())
                        .status());
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        long svc = service();
        assertField(
                desk.post("/api/v1/findings", "{\"title\":\"\",\"statement\":\"x\",\"serviceId\":" + svc + "}"),
                "title");
        assertField(desk.post("/api/v1/findings", "{\"title\":\"t\",\"statement\":\"x\"}"), "serviceId");
        assertField(
                desk.post("/api/v1/findings", "{\"title\":\"t\",\"statement\":\"x\",\"serviceId\":999999999}"),
                "serviceId");
        assertField(
                desk.post(
                        "/api/v1/findings",
                        "{\"title\":\"t\",\"statement\":\"x\",\"query\":{\"sentiment\":\"ANGRY\"}}"),
                "query.sentiment");
        assertField(
                desk.post(
                        "/api/v1/findings",
                        "{\"title\":\"t\",\"statement\":\"x\",\"query\":"
                                + "{\"since\":\"2026-02-01\",\"until\":\"2026-01-01\"}}"),
                "query.until");
        assertField(
                desk.post("/api/v1/findings", "{\"title\":\"t\",\"statement\":\"x\",\"feedbackIds\":[999999999]}"),
                "feedbackIds");
        assertEquals(404, viewer.get("/api/v1/findings/999999999").status());
    }

    private static void assertField(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, firstField(reply), reply::toString);
    }

    private static String firstField(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    static JsonObject json(String text) {
        return Json.createReader(new java.io.StringReader(text)).readObject();
    }
}
