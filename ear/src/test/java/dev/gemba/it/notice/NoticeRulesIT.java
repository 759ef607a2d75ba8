package dev.gemba.it.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.SentMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "You said, we did": who is told of a delivered item, in which language, how often, and who is
 * never told (anonymous voices, people who opted out, anyone a second time for the same change).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticeRulesIT {

    private static final String GERMAN =
            "Das VPN bricht ständig ab und ich verliere jedes Mal meine Sitzung, das ist wirklich sehr ärgerlich.";
    private static final String ENGLISH = "The VPN keeps dropping every hour and I lose my remote session each time.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void aDeliveredItemTellsEachPersonInTheirLanguageAndTheirManagerButNoAnonymousVoice() throws Exception {
        var f = new NoticeFixture();
        String german = NoticeFixture.address();
        String english = NoticeFixture.address();
        long item = f.startedItem(
                "Told in their language",
                f.feedback(GERMAN, "Greta Gruber", german),
                f.feedback(ENGLISH, "Eric English", english),
                f.feedback(ENGLISH + " Anonymous.", null, null));
        f.deliver(item);

        JsonObject notice = f.notices(item, 1).getJsonObject(0);
        assertEquals("DELIVERED", notice.getString("toStatus"));
        assertEquals(3, notice.getInt("voices"), "the anonymous voice counts for its unit");
        var recipients = notice.getJsonArray("recipients");
        assertEquals(3, recipients.size(), "two people and one manager, nobody anonymous: " + recipients);
        JsonObject greta = NoticeFixture.recipient(notice, german);
        assertEquals("de", greta.getString("language"));
        assertEquals("SENT", greta.getString("status"));
        assertEquals("en", NoticeFixture.recipient(notice, english).getString("language"));
        JsonObject manager = NoticeFixture.recipient(notice, "rm@demo.gemba.dev");
        assertEquals("RELATIONSHIP_MANAGER", manager.getString("audience"));
        assertEquals("SENT", manager.getString("status"));

        String number = notice.getString("number");
        SentMail de = NoticeFixture.mailTo(german, number).get(0);
        assertTrue(de.subject().startsWith("Sie sagten, wir handelten"), de.subject());
        assertTrue(de.body().contains("Hallo Greta Gruber") && de.body().contains("umgesetzt am"), de.body());
        assertNotNull(de.unsubscribeToken(), "an unsubscribe link: " + de.body());
        assertTrue(de.listUnsubscribe().contains("/api/v1/unsubscribe?t="), de.listUnsubscribe());
        SentMail en = NoticeFixture.mailTo(english, number).get(0);
        assertTrue(en.subject().startsWith("You said, we did"), en.subject());
        assertTrue(en.body().contains(number + " “Told in their language”: delivered on"), en.body());
        List<SentMail> toManager = NoticeFixture.mailTo("rm@demo.gemba.dev", number);
        assertEquals(1, toManager.size(), "one message per manager");
        assertTrue(
                toManager.get(0).body().contains(german)
                        && toManager.get(0).body().contains(english),
                toManager.get(0).body());
    }

    @Test
    void aPersonGetsAtMostOneDigestAWeek() throws Exception {
        var f = new NoticeFixture();
        String address = NoticeFixture.address();
        long said = f.feedback(ENGLISH, "Wendy Weekly", address);
        long first = f.startedItem("First of the week", said);
        long second = f.startedItem("Second of the week", said);
        f.deliver(first);
        JsonObject sent = NoticeFixture.recipient(f.notices(first, 1).getJsonObject(0), address);
        assertEquals("SENT", sent.getString("status"));

        f.deliver(second);
        JsonObject waiting = NoticeFixture.recipient(f.notices(second, 1).getJsonObject(0), address);
        assertEquals("WAITING", waiting.getString("status"), waiting::toString);
        Instant due = Instant.parse(waiting.getString("dueAt"));
        Instant lastSent = Instant.parse(sent.getString("sentAt"));
        assertEquals(Duration.ofDays(7), Duration.between(lastSent, due), "a week after the last digest");
        assertEquals(1, NoticeFixture.mailTo(address, "").size(), "one mail this week");
    }

    @Test
    void anOptOutCountsAtOnce() throws Exception {
        var f = new NoticeFixture();
        String address = NoticeFixture.address();
        long said = f.feedback(ENGLISH, "Otto Out", address);
        long first = f.startedItem("Before opting out", said);
        long second = f.startedItem("After opting out", said);
        f.deliver(first);
        String number = f.notices(first, 1).getJsonObject(0).getString("number");
        SentMail mail = NoticeFixture.mailTo(address, number).get(0);

        var status = Api.anonymous().get("/api/v1/unsubscribe?t=" + mail.unsubscribeToken());
        assertEquals(200, status.status(), status::toString);
        assertFalse(NoticeFixture.has(status.json(), "optedOutAt"));
        assertFalse(status.json().getString("address").contains("person-"), "the address is partly hidden");
        var out = Api.anonymous().post("/api/v1/unsubscribe?t=" + mail.unsubscribeToken(), "{}");
        assertEquals(200, out.status(), out::toString);
        assertTrue(NoticeFixture.has(out.json(), "optedOutAt"));

        f.deliver(second);
        JsonObject notTold = NoticeFixture.recipient(f.notices(second, 1).getJsonObject(0), address);
        assertEquals("OPTED_OUT", notTold.getString("status"));
        assertEquals(1, NoticeFixture.mailTo(address, "").size(), "nothing after opting out");
    }

    @Test
    void aChangeIsAnnouncedOnceByItsOwnerAndNobodyIsToldTwice() throws Exception {
        var f = new NoticeFixture();
        String address = NoticeFixture.address();
        long item = f.startedItem("Announced on hold", f.feedback(ENGLISH, "Anna Announce", address));
        f.ok(f.step(f.rm, item, "ON_HOLD", "waiting for parts"));

        var notOwner = f.desk.post("/api/v1/improvements/" + item + "/notices", "{}");
        assertEquals(403, notOwner.status(), notOwner::toString);
        var announced = f.rm.post("/api/v1/improvements/" + item + "/notices", "{}");
        assertEquals(201, announced.status(), announced::toString);
        assertEquals("ON_HOLD", announced.json().getString("toStatus"));
        assertEquals(2, announced.json().getJsonArray("recipients").size(), "the person and the manager");

        var again = f.rm.post("/api/v1/improvements/" + item + "/notices", "{}");
        assertEquals(409, again.status(), again::toString);
        assertEquals("notice.once", again.json().getString("rule"));
        var wrongChange = f.rm.post("/api/v1/improvements/" + item + "/notices", "{\"transitionId\":999999999}");
        assertEquals(400, wrongChange.status());
        assertEquals(
                "transitionId",
                wrongChange.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(1, f.notices(item, 1).size());
        assertEquals(1, NoticeFixture.mailTo(address, "").size(), "told once");
    }

    @Test
    void aBusinessUnitsPageListsWhatCameOfItsPeoplesFeedback() throws Exception {
        var f = new NoticeFixture();
        long item = f.startedItem("Listed for the unit", f.feedback(ENGLISH, "Lisa List", NoticeFixture.address()));
        f.deliver(item);
        f.notices(item, 1);

        var list = Api.as("viewer").get("/api/v1/you-said-we-did?businessUnit=" + f.unit);
        assertEquals(200, list.status(), list::toString);
        JsonObject row = list.jsonValue().asJsonArray().getJsonObject(0);
        assertEquals(item, row.getJsonNumber("itemId").longValue());
        assertEquals("DELIVERED", row.getString("toStatus"));
        assertEquals(1, row.getInt("peopleTold"));

        for (String bad : List.of("", "?businessUnit=999999999")) {
            var refused = Api.as("viewer").get("/api/v1/you-said-we-did" + bad);
            assertEquals(400, refused.status(), refused::toString);
            assertEquals(
                    "businessUnit",
                    refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        var unknown = Api.anonymous().post("/api/v1/unsubscribe?t=not-a-token", "{}");
        assertEquals(400, unknown.status(), unknown::toString);
    }
}
