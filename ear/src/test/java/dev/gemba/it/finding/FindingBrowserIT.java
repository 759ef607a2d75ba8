package dev.gemba.it.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.junit.jupiter.api.Test;

/**
 * Inbox, coverage heatmap and survey scores to finding in a real browser: raise a finding from
 * each, see its scope, evidence and impact.
 */
class FindingBrowserIT extends BrowserTest {

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    FindingBrowserIT() {
        super(false);
    }

    @Override
    protected String keptPagePrefix() {
        return "finding-";
    }

    @Test
    void theServiceDeskTurnsAnInboxSelectionIntoAFinding() {
        for (String text : new String[] {"Badge reader rejects my card", "Badge reader at gate 2 is broken"}) {
            var reply = Api.as("desk")
                    .post("/api/v1/feedback", "{\"channel\":\"PHONE\",\"text\":\"" + text + " " + marker + "\"}");
            assertEquals(201, reply.status(), reply::toString);
        }
        browser = new Browser();
        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/feedback/inbox.xhtml");
        browser.byId("inbox:text").sendKeys(marker);
        browser.click("inbox:apply");
        browser.awaitAjax();
        var boxes = "//*[@id='inbox:table']//tbody/tr[contains(., '" + marker
                + "')]//div[contains(@class,'ui-chkbox-box')]";
        assertEquals(2, browser.allByXpath(boxes).size(), "both items listed");
        browser.allByXpath(boxes).forEach(box -> box.click());
        browser.click("inbox:newFinding");
        browser.waitForUrl("/findings/edit.xhtml");
        assertTrue(browser.textOf("finding:selectionHint").endsWith("2"), browser.textOf("finding:selectionHint"));
        browser.byId("finding:title").sendKeys("Badge readers " + marker);
        browser.byId("finding:statement").sendKeys("Badge readers reject cards at the gates");
        browser.click("finding:save");
        browser.waitForUrl("/findings/finding.xhtml");
        assertEquals("Badge readers " + marker, browser.textOf("findingTitle"));
        assertTrue(browser.textOf("items").startsWith("2 "), browser.textOf("items"));
        assertEquals(
                2,
                browser.allByXpath("//*[@id='evidence:table']//tbody/tr[contains(., '" + marker + "')]")
                        .size());
    }

    @Test
    void aRelationshipManagerTurnsAHeatmapCellIntoAFindingWithTheGapAsEvidence() {
        long unit = new TouchpointFixture().businessUnit("Gap unit " + marker);
        String unitName =
                Api.as("viewer").get("/api/v1/business-units/" + unit).json().getString("name");
        browser = new Browser();
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/touchpoints/coverage.xhtml");
        browser.choose("coverage:dimension", "Business units");
        browser.click("coverage:refresh");
        String cell = "//td[@data-row='" + unitName + "' and @data-phase='DESIGN']";
        browser.waitForText(unitName);
        assertTrue(browser.byXpath(cell).getAttribute("class").contains("gemba-gap-NO_TOUCHPOINT"));
        browser.byXpath(cell + "//a").click();
        browser.waitForText("Touchpoints: " + unitName);
        browser.click("coverage:newFinding");
        browser.waitForUrl("/findings/edit.xhtml");
        assertEquals(
                "No Service Design touchpoint with " + unitName,
                browser.byId("finding:title").getAttribute("value"));
        String statement = browser.byId("finding:statement").getAttribute("value");
        assertTrue(
                statement.matches(
                        "No Service Design touchpoint with \\Q" + unitName + "\\E for \\d+ days: none between .+"),
                statement);
        assertEquals(unitName, browser.textOf("finding:businessUnitId_label"));
        assertTrue(browser.textOf("finding:gapHint").endsWith("Service Design"), browser.textOf("finding:gapHint"));
        browser.click("finding:save");
        browser.waitForUrl("/findings/finding.xhtml");
        assertEquals("No Service Design touchpoint with " + unitName, browser.textOf("findingTitle"));
        assertEquals(unitName, browser.textOf("scope"));
        String gap = browser.byXpath("//*[@id='evidence:table']//tbody/tr[1]").getText();
        assertTrue(gap.contains("Coverage gap") && gap.contains("Service Design"), gap);
        assertTrue(gap.contains(unitName), gap);
    }

    @Test
    void theServiceDeskTurnsASurveyScoreIntoAFindingForItsScope() {
        browser = new Browser();
        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/surveys/scores.xhtml");
        // by service (the default): the first row naming a service
        String row = "//*[@id='scores:table_data']/tr[not(contains(., '(not recorded)'))][1]";
        String service = browser.byXpath(row + "/td[1]").getText().strip();
        String responses = browser.byXpath(row + "/td[2]").getText().strip();
        browser.byXpath(row + "//*[contains(@id,':newFinding')]//a").click();
        browser.waitForUrl("/findings/edit.xhtml");
        assertEquals("Survey scores: " + service, browser.byId("finding:title").getAttribute("value"));
        String statement = browser.byId("finding:statement").getAttribute("value");
        assertTrue(statement.startsWith("Survey answers for " + service + " from "), statement);
        assertTrue(
                statement.matches(
                        "(?s).*(CSAT \\d+%|NPS -?\\d+|CES [\\d.,]+) \\(95% interval -?\\d+–-?\\d+, n=\\d+\\).*"),
                statement);
        assertTrue(statement.endsWith("; " + responses + " responses."), statement);
        assertEquals(service, browser.textOf("finding:serviceId_label"));
        // the period is kept as a saved query: its fields are shown and filled
        assertFalse(browser.byId("finding:since_input").getAttribute("value").isBlank());
        browser.click("finding:save");
        browser.waitForUrl("/findings/finding.xhtml");
        assertEquals("Survey scores: " + service, browser.textOf("findingTitle"));
        assertEquals(service, browser.textOf("scope"));
        assertFalse(browser.textOf("query").isBlank());
        String scores = browser.textOf("csat") + browser.textOf("nps") + browser.textOf("ces");
        assertTrue(scores.contains("n="), "the finding's survey score covers the row's answers: " + scores);
    }

    @Test
    void theFindingsPagesSpeakGerman() {
        browser = new Browser("de");
        browser.signIn("viewer", Api.DEMO_PASSWORD);
        browser.open("/findings/list.xhtml");
        browser.waitForText("Befunde");
        browser.open("/findings/suggestions.xhtml");
        browser.waitForText("Vorgeschlagene Befunde");
    }
}
