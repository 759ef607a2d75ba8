package dev.gemba.it.touchpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The relationship manager's journey: log a touchpoint with two follow-up actions, edit it,
 * reassign and close its actions, find a gap on the coverage heatmap and log a touchpoint for
 * it, and lose nothing when the session ends while editing.
 */
class RelationshipManagerBrowserIT extends BrowserTest {

    @Override
    protected String keptPagePrefix() {
        return "rm-";
    }

    private final String marker = UUID.randomUUID().toString().substring(0, 8);
    private final TouchpointFixture fixture = new TouchpointFixture();

    @Test
    void aTouchpointWithTwoFollowUpsIsLoggedEditedAndItsActionsReassignedAndClosed() {
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/touchpoints/entry.xhtml");
        browser.byId("entry:summary").sendKeys("Steering preparation " + marker);
        browser.click("entry:addFollowUp");
        actionField(1, "actionText").sendKeys("Send the minutes " + marker);
        actionField(1, "actionDue_input").sendKeys(due, Keys.ESCAPE);
        browser.click("entry:addFollowUp");
        actionField(2, "actionText").sendKeys("Check the licence count " + marker);
        WebElement owner = actionField(2, "actionOwner");
        owner.clear();
        owner.sendKeys("desk");
        actionField(2, "actionDue_input").sendKeys(due, Keys.ESCAPE);
        // no type chosen: refused, and the message far above the button is brought into view
        browser.click("entry:save");
        assertFalse(browser.textOf("entry:typeIdMessage").isBlank());
        assertTrue(browser.isInView("entry:typeIdMessage"), "the refusal is shown where the user looks");
        assertEquals(
                "Check the licence count " + marker,
                actionField(2, "actionText").getAttribute("value"));
        browser.choose("entry:typeId", "Support contacts");
        browser.click("entry:save");
        browser.waitForText("Touchpoint saved.");

        JsonObject saved = touchpoint("Steering preparation " + marker);
        var actions = saved.getJsonArray("followUps").getValuesAs(JsonObject.class);
        assertEquals(List.of("Send the minutes " + marker, "Check the licence count " + marker), texts(actions));
        assertEquals(
                List.of("rm", "desk"),
                actions.stream().map(a -> a.getString("owner")).toList());
        assertEquals(due, actions.get(0).getString("dueDate"));

        // editing a touchpoint that has follow-ups
        long id = saved.getJsonNumber("id").longValue();
        browser.open("/touchpoints/entry.xhtml?id=" + id);
        assertEquals("Send the minutes " + marker, actionField(1, "actionText").getAttribute("value"));
        browser.byId("entry:summary").sendKeys(Keys.END, " (agenda agreed)");
        browser.click("entry:save");
        browser.waitForText("Touchpoint saved.");
        browser.waitForText("Steering preparation " + marker + " (agenda agreed)");
        var edited = Api.as("rm").get("/api/v1/touchpoints/" + id).json();
        assertEquals(
                actions.stream().map(a -> a.getJsonNumber("id").longValue()).toList(),
                edited.getJsonArray("followUps").getValuesAs(JsonObject.class).stream()
                        .map(a -> a.getJsonNumber("id").longValue())
                        .toList(),
                "the actions kept their identity");

        // reassign the first action: an unknown user is refused next to the field, then admin takes it
        browser.open("/touchpoints/follow-ups.xhtml");
        rowButton("Send the minutes " + marker, "reassign").click();
        WebElement newOwner = browser.byId("reassign:owner");
        browser.awaitAjax();
        browser.assertAccessible();
        newOwner.clear();
        newOwner.sendKeys("nobody-" + marker);
        browser.click("reassign:save");
        assertTrue(browser.textOf("reassign:ownerMessage").contains("nobody-" + marker), "message at the field");
        newOwner = browser.byId("reassign:owner");
        newOwner.clear();
        newOwner.sendKeys("admin");
        browser.click("reassign:save");
        browser.waitUntilGone("reassignDialog");
        browser.waitForText("Action reassigned to admin");
        var reassigned = followUps(id).get(0);
        assertEquals("admin", reassigned.getString("owner"));
        assertEquals("OPEN", reassigned.getString("status"));

        // the owner of the second action closes it from their own list
        try (var desk = new Browser()) {
            desk.signIn("desk", Api.DEMO_PASSWORD);
            desk.open("/touchpoints/follow-ups.xhtml");
            desk.byXpath("//tr[contains(., 'Check the licence count " + marker + "')]//*[contains(@id,':markDone')]")
                    .click();
            desk.waitForText("Action closed");
        }
        assertEquals("DONE", followUps(id).get(1).getString("status"));
    }

    @Test
    void aTouchpointWithFollowUpsOpensForEditingAndARowIsRemoved() {
        long unit = fixture.existingBusinessUnit("Finance");
        String occurred = Instant.now()
                .minus(2, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        long id = fixture.create(
                        Api.as("rm"),
                        fixture.touchpoint(occurred, "OPERATION", "Support contacts", unit, List.of(), "Call " + marker)
                                .add(
                                        "followUps",
                                        jakarta.json.Json.createArrayBuilder()
                                                .add(jakarta.json.Json.createObjectBuilder()
                                                        .add("text", "Keep " + marker)
                                                        .add("owner", "rm"))
                                                .add(jakarta.json.Json.createObjectBuilder()
                                                        .add("text", "Drop " + marker)
                                                        .add("owner", "desk"))))
                .getJsonNumber("id")
                .longValue();
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/touchpoints/entry.xhtml?id=" + id);
        assertEquals("Drop " + marker, actionField(2, "actionText").getAttribute("value"));
        browser.byXpath("(//div[contains(@class,'gemba-action-row')])[2]//button[contains(@id,':removeAction')]")
                .click();
        browser.waitUntilGone("entry:actions:1:actionText");
        browser.click("entry:save");
        browser.waitForText("Touchpoint saved.");
        assertEquals(List.of("Keep " + marker), texts(followUps(id)));
    }

    @Test
    void aCellsTouchpointsComeIntoViewAndARedCellOffersToLogATouchpointThere() {
        long service = fixture.service("Gap svc " + marker);
        String serviceName =
                Api.as("viewer").get("/api/v1/services/" + service).json().getString("name");
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/touchpoints/coverage.xhtml");
        String cell = "//td[@data-row='" + serviceName + "' and @data-phase='STRATEGY']";
        assertTrue(browser.byXpath(cell).getAttribute("class").contains("gemba-gap-NO_TOUCHPOINT"));
        browser.byXpath(cell + "//a").click();
        browser.waitForText("Touchpoints: " + serviceName);
        assertTrue(browser.isInView("cellTitle"), "the cell's list is scrolled into view");

        browser.click("coverage:logHere");
        browser.waitForUrl("/touchpoints/entry.xhtml");
        assertEquals("Service Strategy", browser.textOf("entry:phase_label"));
        assertEquals(List.of(serviceName), browser.chips("entry:serviceIds"));
        browser.choose("entry:typeId", "Business case development and approval");
        browser.byId("entry:summary").sendKeys("Strategy talk about " + marker);
        browser.click("entry:save");
        browser.waitForText("Touchpoint saved.");

        browser.open("/touchpoints/coverage.xhtml");
        assertTrue(browser.byXpath(cell).getAttribute("class").contains("gemba-covered"), "the gap is closed");
    }

    @Test
    void overdueDemoActionsShowHowLongTheyHaveBeenOpen() {
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/touchpoints/follow-ups.xhtml");
        scope("Overdue");
        browser.waitForText("Report back to");
        var days = browser.byXpath("//tr[contains(., 'Report back to')]/td[4]")
                .getText()
                .strip();
        assertNotEquals("0", days, "an overdue demo action has been open for days");
    }

    @Test
    void theHeatmapSpeaksGerman() {
        try (var german = new Browser("de")) {
            german.signIn("rm", Api.DEMO_PASSWORD);
            german.open("/touchpoints/coverage.xhtml");
            String heads = german.byXpath("//table[@id='heatmap']/thead").getText();
            for (String english : List.of("Strategy", "Transition", "Operation")) {
                assertFalse(heads.contains(english), english + " in " + heads);
            }
            assertTrue(heads.contains("Betrieb"), heads);
        }
    }

    @Test
    void anEndedSessionWhileEditingATouchpointKeepsTheChanges() {
        long unit = fixture.existingBusinessUnit("Finance");
        String occurred = Instant.now()
                .minus(1, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        long id = fixture.create(
                        Api.as("rm"),
                        fixture.touchpoint(
                                occurred, "OPERATION", "Support contacts", unit, List.of(), "Call " + marker))
                .getJsonNumber("id")
                .longValue();
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/touchpoints/entry.xhtml?id=" + id);
        browser.byId("entry:summary").sendKeys(Keys.END, " about the invoice run");
        browser.byId("entry:notes").sendKeys("They need the run before 6 am. " + marker);
        browser.loseSession();
        browser.click("entry:save");

        browser.waitForUrl("/login.xhtml");
        browser.waitForText("Your session has ended");
        browser.byId("login:username").sendKeys("rm");
        browser.byId("login:password").sendKeys(Api.DEMO_PASSWORD);
        browser.click("login:submit");

        browser.waitForUrl("/touchpoints/entry.xhtml?id=" + id);
        browser.waitForText("has been restored");
        assertEquals(
                "Call " + marker + " about the invoice run",
                browser.byId("entry:summary").getAttribute("value"));
        browser.click("entry:save");
        browser.waitForText("Touchpoint saved.");
        var stored = Api.as("rm").get("/api/v1/touchpoints/" + id).json();
        assertEquals("Call " + marker + " about the invoice run", stored.getString("summary"));
        assertEquals("They need the run before 6 am. " + marker, stored.getString("notes"));
    }

    /** A field of the n-th follow-up row (1-based) of the entry form. */
    private WebElement actionField(int row, String field) {
        return browser.byXpath(
                "(//div[contains(@class,'gemba-action-row')])[" + row + "]//input[contains(@id,':" + field + "')]");
    }

    private WebElement rowButton(String rowText, String button) {
        return browser.byXpath("//tr[contains(., '" + rowText + "')]//*[contains(@id,':" + button + "')]");
    }

    private static JsonObject touchpoint(String summary) {
        var found = Api.as("rm")
                .get("/api/v1/touchpoints?q=" + summary.replace(" ", "%20"))
                .json();
        assertEquals(1, found.getInt("total"), found::toString);
        return found.getJsonArray("items").getJsonObject(0);
    }

    private static List<JsonObject> followUps(long touchpoint) {
        return Api.as("rm")
                .get("/api/v1/touchpoints/" + touchpoint)
                .json()
                .getJsonArray("followUps")
                .getValuesAs(JsonObject.class);
    }

    private static List<String> texts(List<JsonObject> actions) {
        return actions.stream().map(a -> a.getString("text")).toList();
    }

    private void scope(String label) {
        browser.byXpath("//*[@id='followUps:scope']//label[normalize-space(.)='" + label + "']")
                .click();
        browser.awaitAjax();
        String input = browser.byXpath("//*[@id='followUps:scope']//label[normalize-space(.)='" + label + "']")
                .getAttribute("for");
        assertTrue((Boolean) browser.script("return document.getElementById(arguments[0]).checked;", input), label);
    }
}
