package dev.gemba.it.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A correction that changes a decision's outcome takes the corrected decision's effect on the item
 * back (its workflow step, its owner, its priority override) and then carries itself out; the
 * item's history shows the step back. Once the item has moved on since, the correction is refused
 * and nothing is recorded.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionCorrectionsIT {

    private final SteeringFixture f = new SteeringFixture();
    private final Api steering = Api.as("steering");
    private long service;
    private long committee;
    private long meeting;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @BeforeEach
    void committee() {
        service = f.service();
        committee = f.committee(service, "rm", "desk");
        meeting = f.meeting(committee, LocalDate.now(ZoneOffset.UTC));
    }

    @Test
    void anApprovalCorrectedToARejectionEndsRejectedWithItsOwnerRestored() {
        long item = f.propose("Approved by mistake", service, null, null);
        long approval = decide(steering, item, "\"kind\":\"APPROVE\",\"owner\":\"desk\"", null);
        assertEquals("APPROVED", f.item(item).getString("status"));
        assertEquals("desk", f.item(item).getString("owner"));

        var rejection = correct(steering, item, "\"kind\":\"REJECT\"", approval);
        assertEquals(201, rejection.status(), rejection::toString);
        JsonObject details = f.item(item);
        assertEquals("REJECTED", details.getString("status"));
        assertEquals("rm", details.getString("owner"), "the owner before the approval");
        assertEquals("PROPOSED", rejection.json().getString("statusBefore"));
        assertEquals("REJECTED", rejection.json().getString("statusAfter"));
        assertEquals(
                List.of(
                        "-:PROPOSED",
                        "PROPOSED:ACCEPTED",
                        "ACCEPTED:APPROVED",
                        "APPROVED:PROPOSED",
                        "PROPOSED:REJECTED"),
                steps(item));
        assertTrue(
                history(item).get(3).getString("reason").startsWith("Correction: decision " + approval),
                () -> history(item).toString());

        // correcting the correction: the rejection is taken back and the item approved again
        long rejectionId = SteeringFixture.id(rejection.json());
        var approvalAgain = correct(Api.as("desk"), item, "\"kind\":\"APPROVE\"", rejectionId);
        assertEquals(201, approvalAgain.status(), approvalAgain::toString);
        assertEquals("APPROVED", f.item(item).getString("status"));
    }

    @Test
    void anApprovalCorrectedToADeferralGoesBackToItsStateBeforeTheApprovalThenDefers() {
        long item = f.propose("Not yet", service, null, null);
        f.step(item, "ACCEPTED");
        long approval = decide(steering, item, "\"kind\":\"APPROVE\"", null);
        String until = LocalDate.now(ZoneOffset.UTC).plusMonths(2).toString();
        var deferral = correct(steering, item, "\"kind\":\"DEFER\",\"deferUntil\":\"" + until + "\"", approval);
        assertEquals(201, deferral.status(), deferral::toString);
        assertEquals("DEFERRED", f.item(item).getString("status"));
        List<String> steps = steps(item);
        assertEquals(List.of("ACCEPTED:APPROVED", "APPROVED:ACCEPTED", "ACCEPTED:DEFERRED"), steps.subList(2, 5));
    }

    @Test
    void aMergeCorrectedAwayIsUnmerged() {
        long target = f.propose("Keep", service, null, null);
        long proposal = f.propose("Merged by mistake", service, null, null);
        long underWay = f.propose("Merged while under way", service, null, null);
        f.step(underWay, "ACCEPTED", "APPROVED", "IN_PROGRESS");
        long merge = decide(steering, proposal, "\"kind\":\"MERGE\",\"mergedIntoId\":" + target, null);
        long mergeUnderWay = decide(steering, underWay, "\"kind\":\"MERGE\",\"mergedIntoId\":" + target, null);
        assertEquals("REJECTED", f.item(proposal).getString("status"));
        assertEquals("CLOSED", f.item(underWay).getString("status"));

        String notADuplicate = "\"kind\":\"CHANGE_PRIORITY\",\"priorityOverride\":40";
        assertEquals(201, correct(steering, proposal, notADuplicate, merge).status());
        assertEquals(
                201, correct(steering, underWay, notADuplicate, mergeUnderWay).status());
        assertEquals("PROPOSED", f.item(proposal).getString("status"));
        JsonObject resumed = f.item(underWay);
        assertEquals("IN_PROGRESS", resumed.getString("status"));
        assertFalse(resumed.containsKey("closure") && !resumed.isNull("closure"), resumed::toString);
    }

    @Test
    void aSupersededPriorityOverrideGivesWayToTheOneBeforeOrNone() {
        long item = f.propose("Ranked", service, null, null);
        long first = decide(steering, item, "\"kind\":\"CHANGE_PRIORITY\",\"priorityOverride\":50", null);
        long second = decide(steering, item, "\"kind\":\"CHANGE_PRIORITY\",\"priorityOverride\":80", null);
        assertEquals(80.0, override(item));
        String effortInstead = "\"kind\":\"APPROVE_EFFORT\",\"effortDays\":5";
        assertEquals(201, correct(steering, item, effortInstead, second).status());
        assertEquals(50.0, override(item), "the override before the corrected one is in force again");
        assertEquals(201, correct(steering, item, effortInstead, first).status());
        assertEquals(null, override(item), "no override left");
    }

    @Test
    void aSupersededOwnerAssignmentRestoresTheOwnerBefore() {
        long item = f.propose("Whose", service, null, null);
        long assignment = decide(steering, item, "\"kind\":\"ASSIGN_OWNER\",\"owner\":\"desk\"", null);
        assertEquals("desk", f.item(item).getString("owner"));
        var correction = correct(steering, item, "\"kind\":\"APPROVE_EFFORT\",\"budget\":1000", assignment);
        assertEquals(201, correction.status(), correction::toString);
        assertEquals("rm", f.item(item).getString("owner"));
    }

    @Test
    void aCorrectionIsRefusedOnceTheItemHasMovedOnAndNothingIsRecorded() {
        long item = f.propose("Already started", service, null, null);
        long approval = decide(steering, item, "\"kind\":\"APPROVE\"", null);
        f.step(item, "IN_PROGRESS");
        long before = count(item);
        var refused = correct(steering, item, "\"kind\":\"REJECT\"", approval);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.isProblem());
        assertTrue(refused.body().contains("workflow.moved-on"), refused::toString);
        assertTrue(refused.json().getString("detail").contains("IN_PROGRESS"), refused::toString);
        assertEquals("IN_PROGRESS", f.item(item).getString("status"));
        assertEquals(before, count(item), "the correction is not in the log");
        var log = Api.as("viewer").get("/api/v1/decisions/" + approval).json();
        assertFalse(log.containsKey("supersededBy") && !log.isNull("supersededBy"), log::toString);

        // a correction that keeps the outcome (a better rationale) is still possible: it takes no step
        var reworded = correct(steering, item, "\"kind\":\"APPROVE\"", approval);
        assertEquals(201, reworded.status(), reworded::toString);
        assertEquals("IN_PROGRESS", f.item(item).getString("status"));
    }

    private long decide(Api as, long item, String fields, Long supersedes) {
        var reply = post(as, item, fields, supersedes);
        assertEquals(201, reply.status(), reply::toString);
        return SteeringFixture.id(reply.json());
    }

    private Api.Reply correct(Api as, long item, String fields, long supersedes) {
        return post(as, item, fields, supersedes);
    }

    private Api.Reply post(Api as, long item, String fields, Long supersedes) {
        return as.post(
                "/api/v1/meetings/" + meeting + "/decisions",
                "{" + fields + ",\"itemId\":" + item + ",\"rationale\":\"Minuted\""
                        + (supersedes == null ? "" : ",\"supersedes\":" + supersedes) + "}");
    }

    private List<JsonObject> history(long item) {
        return f.admin
                .get("/api/v1/improvements/" + item + "/history")
                .jsonValue()
                .asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    private List<String> steps(long item) {
        return history(item).stream()
                .map(h -> (h.containsKey("from") && !h.isNull("from") ? h.getString("from") : "-") + ":"
                        + h.getString("to"))
                .toList();
    }

    /** The override in force, as a fresh agenda of the committee shows it beside the score. */
    private Double override(long item) {
        long next = f.meeting(committee, LocalDate.now(ZoneOffset.UTC).plusDays(30));
        JsonObject row = f.agenda(next).stream()
                .filter(r ->
                        r.containsKey("itemId") && r.getJsonNumber("itemId").longValue() == item)
                .findFirst()
                .orElseThrow();
        return row.containsKey("priorityOverride") && !row.isNull("priorityOverride")
                ? row.getJsonNumber("priorityOverride").doubleValue()
                : null;
    }

    private long count(long item) {
        return Api.as("viewer").get("/api/v1/decisions?itemId=" + item).json().getInt("total");
    }
}
