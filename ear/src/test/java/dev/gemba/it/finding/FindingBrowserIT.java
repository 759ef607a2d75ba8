package dev.gemba.it.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/** Inbox to finding in a real browser: select feedback, raise a finding, see its evidence and impact. */
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
    void theFindingsPagesSpeakGerman() {
        browser = new Browser("de");
        browser.signIn("viewer", Api.DEMO_PASSWORD);
        browser.open("/findings/list.xhtml");
        browser.waitForText("Befunde");
        browser.open("/findings/suggestions.xhtml");
        browser.waitForText("Vorgeschlagene Befunde");
    }
}
