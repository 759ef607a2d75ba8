package dev.gemba.it.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The steering pages with the demo committee: the home page's figures and chart, the committee and
 * its meetings, the held meeting's frozen agenda, the next meeting's generated agenda, the log, in
 * English and German; a lost session on the meeting page leads to sign-in.
 */
class SteeringPagesBrowserIT extends BrowserTest {

    SteeringPagesBrowserIT() {
        super(false);
    }

    @Override
    protected String keptPagePrefix() {
        return "steering-";
    }

    private static JsonObject demoCommittee() {
        return Api.as("viewer")
                .get("/api/v1/committees")
                .jsonValue()
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("name").equals("IT Steering Committee"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theDemoCommitteeOnEveryPage() {
        JsonObject committee = demoCommittee();
        long id = committee.getJsonNumber("id").longValue();
        browser = new Browser();
        browser.signIn("steering", Api.DEMO_PASSWORD);

        browser.open("/steering/home.xhtml");
        browser.byId("home:backlogChart");
        String ranked = browser.byId("home:ranked").getText();
        assertTrue(ranked.contains("Password reset by self-service"), ranked);
        assertTrue(
                browser.byId("home:benefits").getText().contains("CSI-0001"),
                browser.byId("home:benefits").getText());
        assertTrue(
                browser.byId("home:due").getText().contains("Awaiting approval"),
                browser.byId("home:due").getText());
        browser.keepPage("steering-home");

        browser.open("/steering/committees.xhtml");
        assertTrue(browser.byId("committees:table").getText().contains("IT Steering Committee"));
        browser.keepPage("steering-committees");

        browser.open("/steering/committee.xhtml?id=" + id);
        assertEquals("IT Steering Committee", browser.textOf("name"));
        List<String> meetings = browser.allByXpath("//*[@id='meetings_data']/tr").stream()
                .map(r -> r.getText())
                .toList();
        assertEquals(2, meetings.size(), meetings::toString);
        assertTrue(meetings.get(1).contains("Held") && meetings.get(1).contains("2"), meetings::toString);
        browser.keepPage("steering-committee");

        long next = committee.getJsonNumber("nextMeetingId").longValue();
        browser.open("/steering/meeting.xhtml?id=" + next);
        String agenda = browser.byId("agendaForm:agenda").getText();
        assertTrue(agenda.contains("Password reset by self-service"), agenda);
        assertTrue(agenda.contains("Benefits review due"), agenda);
        browser.keepPage("steering-next-meeting");
        browser.click("agendaForm:agenda:0:decide");
        browser.awaitAjax();
        browser.waitForAnimations();
        browser.assertAccessible();
        browser.keepPage("steering-decision-dialog");

        browser.open("/steering/decisions.xhtml");
        assertTrue(browser.byId("log:table").getText().contains("CSI-0001"));
        browser.keepPage("steering-log");
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors()::toString);
    }

    @Test
    void theHeldMeetingShowsItsFrozenAgendaInGerman() {
        var held = Api.as("viewer")
                .get("/api/v1/decisions?q=CSI-0001&kind=APPROVE")
                .json();
        long meeting = held.getJsonArray("items")
                .getJsonObject(held.getInt("total") - 1)
                .getJsonNumber("meetingId")
                .longValue();
        browser = new Browser("de");
        browser.signIn("viewer", Api.DEMO_PASSWORD);
        browser.open("/steering/meeting.xhtml?id=" + meeting);
        assertTrue(browser.textOf("agendaForm:status").contains("Abgehalten"));
        assertTrue(browser.pageSource().contains("Wartet auf Genehmigung"));
        assertTrue(
                browser.driverFindAll(org.openqa.selenium.By.id("agendaForm:refresh"))
                        .isEmpty(),
                "frozen");
        assertTrue(
                browser.driverFindAll(org.openqa.selenium.By.id("agendaForm:agenda:0:decide"))
                        .isEmpty(),
                "viewers do not decide");
        browser.keepPage("steering-held-meeting-de");
        browser.open("/steering/home.xhtml");
        browser.waitForText("Priorisierter Backlog");
        browser.keepPage("steering-home-de");
    }

    @Test
    void aLostSessionOnTheMeetingPageLeadsToSignIn() {
        long next = demoCommittee().getJsonNumber("nextMeetingId").longValue();
        browser = new Browser();
        browser.signIn("steering", Api.DEMO_PASSWORD);
        browser.open("/steering/meeting.xhtml?id=" + next);
        browser.loseSession();
        browser.click("agendaForm:refresh");
        browser.waitForUrl("/login.xhtml");
        browser.waitForText("Your session has ended");
    }
}
