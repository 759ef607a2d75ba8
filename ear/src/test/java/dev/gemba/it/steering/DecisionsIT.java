package dev.gemba.it.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Decisions move the item's workflow through the register's own rules, are recorded with the
 * meeting, the members present and the votes, and stay in an append-only log where a
 * correction supersedes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionsIT {

    private final SteeringFixture f = new SteeringFixture();
    private final Api steering = Api.as("steering");
    private long service;
    private long meeting;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @BeforeEach
    void committee() {
        service = f.service();
        meeting = f.meeting(f.committee(service, "rm", "desk"), LocalDate.now(ZoneOffset.UTC));
    }

    private Api.Reply decide(Api as, String json) {
        return as.post("/api/v1/meetings/" + meeting + "/decisions", json);
    }

    @Test
    void approvingAProposalAcceptsAndApprovesItThroughTheWorkflow() {
        long item = f.propose("Approve me", service, null, null);
        var reply = decide(
                steering,
                "{\"kind\":\"APPROVE\",\"itemId\":" + item + ",\"rationale\":\"Clear benefit\",\"owner\":\"desk\","
                        + "\"present\":[\"steering\",\"rm\"],\"votesFor\":2,\"votesAgainst\":0}");
        assertEquals(201, reply.status(), reply::toString);
        JsonObject d = reply.json();
        assertEquals("APPROVE", d.getString("kind"));
        assertEquals(
                List.of("rm", "steering"),
                d.getJsonArray("present").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(2, d.getInt("votesFor"));
        assertEquals("steering", d.getString("decidedBy"));
        JsonObject details = f.item(item);
        assertEquals("APPROVED", details.getString("status"));
        assertEquals("desk", details.getString("owner"));
        var history = f.admin
                .get("/api/v1/improvements/" + item + "/history")
                .jsonValue()
                .asJsonArray();
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("steering", last.getString("actor"));
        assertTrue(last.getString("reason").contains("Clear benefit"), last::toString);
        assertEquals("ACCEPTED", history.getJsonObject(history.size() - 2).getString("to"));
    }

    @Test
    void aMemberWithoutTheSteeringRoleDecidesOnTheCommitteesMandate() {
        long item = f.propose("Desk member approves", service, null, null);
        var reply =
                decide(Api.as("desk"), "{\"kind\":\"APPROVE\",\"itemId\":" + item + ",\"rationale\":\"Desk agrees\"}");
        assertEquals(201, reply.status(), reply::toString);
        assertEquals("desk", reply.json().getString("decidedBy"));
        assertEquals("APPROVED", f.item(item).getString("status"));
        var history = f.admin
                .get("/api/v1/improvements/" + item + "/history")
                .jsonValue()
                .asJsonArray();
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertTrue(last.getString("reason").contains("(recorded by desk)"), last::toString);
        // outside the committee's decisions the desk still may not approve
        long other = f.propose("Desk alone", service, null, null);
        f.step(other, "ACCEPTED");
        var direct = Api.as("desk")
                .post(
                        "/api/v1/improvements/" + other + "/transitions",
                        "{\"to\":\"APPROVED\",\"reason\":\"x\",\"version\":"
                                + f.item(other).getJsonNumber("version") + "}");
        assertEquals(403, direct.status(), direct::toString);
    }

    @Test
    void rejectDeferAndMergeMoveTheItemAndNameTheReason() {
        long rejected = f.propose("Reject me", service, null, null);
        long deferred = f.propose("Defer me", service, null, null);
        long merged = f.propose("Merge me", service, null, null);
        long target = f.propose("Keep me", service, null, null);
        assertEquals(
                201,
                decide(steering, "{\"kind\":\"REJECT\",\"itemId\":" + rejected + ",\"rationale\":\"No case\"}")
                        .status());
        assertEquals("REJECTED", f.item(rejected).getString("status"));

        var noDate = decide(steering, "{\"kind\":\"DEFER\",\"itemId\":" + deferred + ",\"rationale\":\"Later\"}");
        assertEquals(400, noDate.status(), noDate::toString);
        assertTrue(noDate.isProblem());
        assertTrue(noDate.body().contains("deferUntil"), noDate::toString);
        String until = LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString();
        assertEquals(
                201,
                decide(
                                steering,
                                "{\"kind\":\"DEFER\",\"itemId\":" + deferred
                                        + ",\"rationale\":\"Later\",\"deferUntil\":\"" + until + "\"}")
                        .status());
        assertEquals("DEFERRED", f.item(deferred).getString("status"));

        var merge = decide(
                steering,
                "{\"kind\":\"MERGE\",\"itemId\":" + merged + ",\"mergedIntoId\":" + target
                        + ",\"rationale\":\"Same cause\"}");
        assertEquals(201, merge.status(), merge::toString);
        assertEquals(f.item(target).getString("number"), merge.json().getString("mergedIntoNumber"));
        assertEquals("REJECTED", f.item(merged).getString("status"));
        var history = f.admin
                .get("/api/v1/improvements/" + merged + "/history")
                .jsonValue()
                .asJsonArray();
        assertTrue(history.toString().contains("Merged into " + f.item(target).getString("number")), history::toString);
        assertEquals("PROPOSED", f.item(target).getString("status"));
    }

    @Test
    void aStepTheWorkflowRefusesRecordsNoDecision() {
        long item = f.propose("Already rejected", service, null, null);
        f.step(item, "REJECTED");
        long before = count(item);
        var refused = decide(steering, "{\"kind\":\"APPROVE\",\"itemId\":" + item + ",\"rationale\":\"Try\"}");
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.isProblem());
        assertEquals(before, count(item));
    }

    @Test
    void onlyMembersAndAdminsDecideInTheCommittee() {
        long item = f.propose("Who decides", service, null, null);
        var outsider = decide(Api.as("viewer"), "{\"kind\":\"REJECT\",\"itemId\":" + item + ",\"rationale\":\"x\"}");
        assertEquals(403, outsider.status(), outsider::toString);
        assertTrue(outsider.isProblem());
        var admin = decide(
                f.admin,
                "{\"kind\":\"CHANGE_PRIORITY\",\"itemId\":" + item + ",\"priorityOverride\":5,\"rationale\":\"x\"}");
        assertEquals(201, admin.status(), admin::toString);
        var notPresent = decide(
                steering,
                "{\"kind\":\"ASSIGN_OWNER\",\"itemId\":" + item
                        + ",\"owner\":\"rm\",\"rationale\":\"x\",\"present\":[\"viewer\"]}");
        assertEquals(400, notPresent.status(), notPresent::toString);
        assertTrue(notPresent.body().contains("present"), notPresent::toString);
    }

    @Test
    void theLogIsAppendOnlyAndACorrectionSupersedes() {
        long item = f.propose("Owner correction", service, null, null);
        var first = decide(
                steering,
                "{\"kind\":\"ASSIGN_OWNER\",\"itemId\":" + item + ",\"owner\":\"rm\",\"rationale\":\"rm knows it\"}");
        assertEquals(201, first.status(), first::toString);
        long firstId = SteeringFixture.id(first.json());
        assertEquals(
                405,
                f.admin
                        .put("/api/v1/decisions/" + firstId, "{\"rationale\":\"edited\"}")
                        .status());
        assertEquals(405, f.admin.delete("/api/v1/decisions/" + firstId).status());

        var correction = decide(
                steering,
                "{\"kind\":\"ASSIGN_OWNER\",\"itemId\":" + item
                        + ",\"owner\":\"desk\",\"rationale\":\"desk runs it\",\"supersedes\":" + firstId + "}");
        assertEquals(201, correction.status(), correction::toString);
        long secondId = SteeringFixture.id(correction.json());
        assertEquals("desk", f.item(item).getString("owner"));
        var log = Api.as("viewer").get("/api/v1/decisions?itemId=" + item).json();
        assertEquals(2, log.getInt("total"), log::toString);
        JsonObject newest = log.getJsonArray("items").getJsonObject(0);
        JsonObject oldest = log.getJsonArray("items").getJsonObject(1);
        assertEquals(firstId, newest.getJsonNumber("supersedes").longValue());
        assertEquals(secondId, oldest.getJsonNumber("supersededBy").longValue());
        assertEquals("rm knows it", oldest.getString("rationale"), "the superseded decision stays as it was");

        var again = decide(
                steering,
                "{\"kind\":\"ASSIGN_OWNER\",\"itemId\":" + item
                        + ",\"owner\":\"rm\",\"rationale\":\"x\",\"supersedes\":" + firstId + "}");
        assertEquals(409, again.status(), again::toString);
        long otherItem = f.propose("Other", service, null, null);
        var wrongItem = decide(
                steering,
                "{\"kind\":\"ASSIGN_OWNER\",\"itemId\":" + otherItem
                        + ",\"owner\":\"rm\",\"rationale\":\"x\",\"supersedes\":" + secondId + "}");
        assertEquals(400, wrongItem.status(), wrongItem::toString);
        assertTrue(wrongItem.body().contains("supersedes"));
    }

    @Test
    void theLogIsSearchableAndExportsAsCsv() {
        long item = f.propose("Searchable", service, null, null);
        decide(
                steering,
                "{\"kind\":\"APPROVE_EFFORT\",\"itemId\":" + item
                        + ",\"effortDays\":12,\"budget\":5000,\"rationale\":\"Zebra budget, \\\"quoted\\\"\"}");
        var found = Api.as("desk").get("/api/v1/decisions?q=zebra").json();
        assertTrue(found.getInt("total") >= 1, found::toString);
        var csv = Api.as("viewer").download("/api/v1/decisions/export?itemId=" + item);
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] lines = csv.body().split("\r\n");
        assertEquals(2, lines.length, csv.body());
        assertTrue(lines[0].startsWith("id,decided_at,committee"), lines[0]);
        assertTrue(lines[1].contains("\"Zebra budget, \"\"quoted\"\"\""), lines[1]);
        assertTrue(lines[1].contains(",12.0,5000.00,"), lines[1]);
        var badKind = Api.as("viewer").get("/api/v1/decisions?kind=MAYBE");
        assertEquals(400, badKind.status());
        assertTrue(badKind.isProblem());
    }

    @Test
    void theDemoCommitteeApprovedTheVpnItemInItsHeldMeeting() {
        var log = Api.as("viewer")
                .get("/api/v1/decisions?q=CSI-0001&kind=APPROVE")
                .json();
        assertTrue(log.getInt("total") >= 1, log::toString);
        JsonObject d = log.getJsonArray("items").getJsonObject(log.getInt("total") - 1);
        assertEquals("IT Steering Committee", d.getString("committeeName"));
        var meeting = Api.as("viewer")
                .get("/api/v1/meetings/" + d.getJsonNumber("meetingId"))
                .json();
        assertEquals("HELD", meeting.getString("status"));
    }

    private long count(long item) {
        return Api.as("viewer").get("/api/v1/decisions?itemId=" + item).json().getInt("total");
    }
}
