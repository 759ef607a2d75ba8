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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agenda generation against a service of its own with one item in each situation: the agenda
 * holds exactly what needs the committee, in its order, with the figures; the chair reorders and
 * adds points; holding the meeting freezes the agenda.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgendaIT {

    private final SteeringFixture f = new SteeringFixture();
    private final Api steering = Api.as("steering");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void theAgendaHoldsWhatNeedsTheCommitteeAsOfTheMeetingDate() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate meetingDay = today.plusDays(7);
        long service = f.service();
        long other = f.service();
        long proposed = f.propose("Proposed", service, null, null);
        long accepted = f.propose("Accepted", service, null, null);
        f.step(accepted, "ACCEPTED");
        long late = f.propose("Late", service, today.plusDays(3), null);
        f.step(late, "ACCEPTED", "APPROVED", "IN_PROGRESS");
        long onTime = f.propose("On time", service, meetingDay.plusDays(30), null);
        f.step(onTime, "ACCEPTED", "APPROVED", "IN_PROGRESS");
        long held = f.propose("On hold", service, null, null);
        f.step(held, "ACCEPTED", "APPROVED", "IN_PROGRESS", "ON_HOLD");
        long review = f.propose("Review due", service, null, meetingDay);
        f.step(review, "ACCEPTED", "APPROVED", "IN_PROGRESS", "DELIVERED");
        long reviewLater = f.propose("Review later", service, null, meetingDay.plusDays(1));
        f.step(reviewLater, "ACCEPTED", "APPROVED", "IN_PROGRESS", "DELIVERED");
        long elsewhere = f.propose("Elsewhere", other, null, null);
        long newFinding = f.finding("Unlinked finding", service);
        long linkedFinding = f.finding("Linked finding", service);
        assertEquals(
                200,
                f.admin
                        .post("/api/v1/improvements/" + proposed + "/findings", "{\"findingId\":" + linkedFinding + "}")
                        .status());
        f.finding("Finding elsewhere", other);

        long committee = f.committee(service, "rm");
        long meeting = f.meeting(committee, meetingDay);
        List<JsonObject> agenda = f.agenda(meeting);

        // equal scores (no evidence in a new service): ranked by CSI number
        assertEquals(
                List.of(
                        "AWAITING_APPROVAL:" + proposed,
                        "AWAITING_APPROVAL:" + accepted,
                        "LATE:" + late,
                        "ON_HOLD:" + held,
                        "BENEFITS_REVIEW:" + review,
                        "NEW_FINDING:f" + newFinding),
                agenda.stream().map(AgendaIT::key).toList(),
                agenda::toString);
        assertFalse(agenda.toString().contains("\"itemId\":" + elsewhere), "items outside the scope stay off");
        assertFalse(agenda.toString().contains("\"itemId\":" + onTime));
        assertFalse(agenda.toString().contains("\"itemId\":" + reviewLater));
        JsonObject lateRow = agenda.get(2);
        assertEquals("IN_PROGRESS", lateRow.getString("itemStatus"));
        assertEquals(7, lateRow.getInt("daysInState"), "days in status as of the meeting date");
        assertEquals(today.plusDays(3).toString(), lateRow.getString("targetDate"));
        JsonObject reviewRow = agenda.get(4);
        assertEquals("NOT_YET_MEASURABLE", reviewRow.getString("verdict"), reviewRow::toString);
        assertTrue(agenda.get(0).containsKey("score"), "the computed score is shown");
        for (int i = 0; i < agenda.size(); i++) {
            assertEquals(i + 1, agenda.get(i).getInt("position"));
        }

        // an override of the priority ranks the accepted item first at the next refresh, the score stays visible
        var priority = steering.post(
                "/api/v1/meetings/" + meeting + "/decisions",
                "{\"kind\":\"CHANGE_PRIORITY\",\"itemId\":" + accepted
                        + ",\"priorityOverride\":80,\"rationale\":\"Audit finding due in January\"}");
        assertEquals(201, priority.status(), priority::toString);
        var other2 = f.meeting(committee, meetingDay.plusDays(28));
        List<JsonObject> next = f.agenda(other2);
        assertEquals(accepted, next.get(0).getJsonNumber("itemId").longValue(), next::toString);
        assertEquals(80.0, next.get(0).getJsonNumber("priorityOverride").doubleValue());
        assertEquals(0.0, next.get(0).getJsonNumber("score").doubleValue());
    }

    @Test
    void theChairReordersAndAddsPointsAndHoldingFreezesTheAgenda() {
        LocalDate meetingDay = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        long service = f.service();
        long first = f.propose("First", service, null, null);
        long second = f.propose("Second", service, null, null);
        long committee = f.committee(service, "rm");
        long meeting = f.meeting(committee, meetingDay);
        List<JsonObject> agenda = f.agenda(meeting);
        assertEquals(2, agenda.size(), agenda::toString);
        long p1 = SteeringFixture.id(agenda.get(0));
        long p2 = SteeringFixture.id(agenda.get(1));

        // members who do not chair may not change the agenda
        assertEquals(
                403,
                Api.as("rm")
                        .put("/api/v1/meetings/" + meeting + "/agenda/order", "{\"pointIds\":[" + p2 + "," + p1 + "]}")
                        .status());
        var incomplete = steering.put("/api/v1/meetings/" + meeting + "/agenda/order", "{\"pointIds\":[" + p2 + "]}");
        assertEquals(400, incomplete.status(), incomplete::toString);
        assertTrue(incomplete.body().contains("pointIds"), incomplete::toString);
        var reordered =
                steering.put("/api/v1/meetings/" + meeting + "/agenda/order", "{\"pointIds\":[" + p2 + "," + p1 + "]}");
        assertEquals(200, reordered.status(), reordered::toString);
        var added = steering.post(
                "/api/v1/meetings/" + meeting + "/agenda",
                "{\"title\":\"Budget for next quarter\",\"note\":\"Finance asks\"}");
        assertEquals(200, added.status(), added::toString);
        var unknown = steering.post(
                "/api/v1/meetings/" + meeting + "/agenda", "{\"title\":\"x\",\"itemNumber\":\"CSI-9999\"}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.body().contains("itemNumber"), unknown::toString);

        // a new proposal appears at the end after a refresh; the chair's order and point stay
        long third = f.propose("Third", service, null, null);
        steering.post("/api/v1/meetings/" + meeting + "/agenda/refresh", null);
        List<Long> order = f.agenda(meeting).stream()
                .map(r -> r.containsKey("itemId") ? r.getJsonNumber("itemId").longValue() : -1L)
                .toList();
        assertEquals(List.of(second, first, -1L, third), order);

        var hold = steering.post("/api/v1/meetings/" + meeting + "/hold", null);
        assertEquals(200, hold.status(), hold::toString);
        assertEquals("HELD", hold.json().getString("status"));
        // frozen: a later proposal does not appear, and the chair can no longer change the agenda
        f.propose("Fourth", service, null, null);
        assertEquals(4, f.agenda(meeting).size());
        var refused = steering.post("/api/v1/meetings/" + meeting + "/agenda/refresh", null);
        assertEquals(409, refused.status(), refused::toString);
        assertTrue(refused.isProblem());
    }

    @Test
    void aDeferredItemComesBackOnTheAgendaOnceItsDateHasCome() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long service = f.service();
        long soon = f.propose("Deferred a little", service, null, null);
        long later = f.propose("Deferred long", service, null, null);
        long committee = f.committee(service, "rm");
        long first = f.meeting(committee, today);
        List<JsonObject> shown = f.agenda(first);
        assertEquals(2, shown.size(), shown::toString);
        defer(first, soon, today.plusDays(10));
        defer(first, later, today.plusDays(40));
        assertEquals(
                200, steering.post("/api/v1/meetings/" + first + "/hold", null).status());
        assertEquals("DEFERRED", f.item(soon).getString("status"));

        // the next meeting after the first date: the item deferred until then is back, with its date
        long next = f.meeting(committee, today.plusDays(14));
        List<JsonObject> agenda = f.agenda(next);
        assertEquals(
                List.of("AWAITING_APPROVAL:" + soon),
                agenda.stream().map(AgendaIT::key).toList(),
                agenda::toString);
        assertEquals("DEFERRED", agenda.get(0).getString("itemStatus"));
        assertEquals(today.plusDays(10).toString(), agenda.get(0).getString("deferredUntil"));
        assertFalse(agenda.toString().contains("\"itemId\":" + later), "deferred to a later date: not yet");

        // a meeting on the later date itself has both
        List<JsonObject> onTheDate = f.agenda(f.meeting(committee, today.plusDays(40)));
        assertEquals(
                List.of("AWAITING_APPROVAL:" + soon, "AWAITING_APPROVAL:" + later),
                onTheDate.stream().map(AgendaIT::key).toList(),
                onTheDate::toString);
        assertEquals(today.plusDays(40).toString(), onTheDate.get(1).getString("deferredUntil"));

        // the committee takes the item up and approves it; the held meeting's agenda is as it was shown
        var approve = steering.post(
                "/api/v1/meetings/" + next + "/decisions",
                "{\"kind\":\"APPROVE\",\"agendaPointId\":" + SteeringFixture.id(agenda.get(0))
                        + ",\"rationale\":\"The budget is there now\"}");
        assertEquals(201, approve.status(), approve::toString);
        assertEquals("APPROVED", f.item(soon).getString("status"));
        List<JsonObject> frozen = f.agenda(first);
        assertEquals(shown, frozen);
        assertTrue(frozen.stream().allMatch(r -> "PROPOSED".equals(r.getString("itemStatus"))), frozen::toString);
    }

    private void defer(long meeting, long item, LocalDate until) {
        var reply = steering.post(
                "/api/v1/meetings/" + meeting + "/decisions",
                "{\"kind\":\"DEFER\",\"itemId\":" + item + ",\"rationale\":\"Next budget\",\"deferUntil\":\"" + until
                        + "\"}");
        assertEquals(201, reply.status(), reply::toString);
    }

    private static String key(JsonObject row) {
        return row.getString("kind") + ":"
                + (row.containsKey("itemId")
                        ? row.getJsonNumber("itemId").toString()
                        : "f" + row.getJsonNumber("findingId"));
    }
}
