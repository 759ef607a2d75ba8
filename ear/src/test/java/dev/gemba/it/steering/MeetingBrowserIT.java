package dev.gemba.it.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * A full meeting in the browser: the chair opens the generated agenda, approves one item, defers
 * one and merges one into another; the decision log shows the three decisions and the items moved.
 */
class MeetingBrowserIT extends BrowserTest {

    MeetingBrowserIT() {
        super(false);
    }

    @Override
    protected String keptPagePrefix() {
        return "";
    }

    @Test
    void approveDeferAndMergeInAMeetingAndReadThemInTheLog() {
        SteeringFixture f = new SteeringFixture();
        String marker = "Meeting" + UUID.randomUUID().toString().substring(0, 8);
        long service = f.service();
        long approve = f.propose(marker + " approve", service, null, null);
        long defer = f.propose(marker + " defer", service, null, null);
        long merge = f.propose(marker + " merge", service, null, null);
        long keep = f.propose(marker + " keep", service, null, null);
        long meeting = f.meeting(f.committee(service, "rm"), LocalDate.now(ZoneOffset.UTC));

        browser = new Browser();
        browser.signIn("steering", Api.DEMO_PASSWORD);
        browser.open("/steering/meeting.xhtml?id=" + meeting);
        assertEquals(
                4, browser.allByXpath("//*[@id='agendaForm:agenda_data']/tr").size());

        openDecision(number(f, approve));
        browser.byId("decisionForm:rationale").sendKeys("Clear benefit for the service");
        record();

        openDecision(number(f, defer));
        browser.choose("decisionForm:kind", "Defer");
        browser.awaitAjax();
        browser.byId("decisionForm:rationale").sendKeys("Wait for the new contract");
        browser.byId("decisionForm:deferUntil_input")
                .sendKeys(LocalDate.now(ZoneOffset.UTC).plusMonths(2).toString(), org.openqa.selenium.Keys.TAB);
        record();

        openDecision(number(f, merge));
        browser.choose("decisionForm:kind", "Merge");
        browser.awaitAjax();
        String target = number(f, keep);
        browser.choose("decisionForm:mergedIntoId", target + " " + f.item(keep).getString("title"));
        browser.byId("decisionForm:rationale").sendKeys("Same root cause");
        record();

        assertEquals("Approved", status(f, approve));
        assertEquals("DEFERRED", f.item(defer).getString("status"));
        assertEquals("REJECTED", f.item(merge).getString("status"));

        browser.open("/steering/decisions.xhtml");
        browser.byId("log:text").sendKeys(marker);
        browser.click("log:search");
        browser.awaitAjax();
        browser.waitForText("Merge → " + target);
        var rows = browser.allByXpath("//*[@id='log:table_data']/tr");
        assertEquals(3, rows.size(), browser.pageSource());
        String log = browser.byId("log:table").getText();
        assertTrue(log.contains("Approve") && log.contains("Defer") && log.contains("Merge"), log);
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors()::toString);

        // the item page shows its decision
        browser.open("/improvements/item.xhtml?id=" + approve);
        assertTrue(browser.byId("item:itemDecisions").getText().contains("Clear benefit for the service"));
    }

    private static String number(SteeringFixture f, long item) {
        return f.item(item).getString("number");
    }

    private static String status(SteeringFixture f, long item) {
        return switch (f.item(item).getString("status")) {
            case "APPROVED" -> "Approved";
            default -> f.item(item).getString("status");
        };
    }

    private void openDecision(String number) {
        browser.byXpath("//*[@id='agendaForm:agenda_data']/tr[.//a[normalize-space(.)='" + number
                        + "']]//button[contains(@id,':decide')]")
                .click();
        browser.awaitAjax();
        browser.waitForAnimations();
    }

    private void record() {
        browser.click("decisionForm:record");
        browser.awaitAjax();
        browser.waitUntilGone("decisionDialog");
        assertTrue(
                browser.driverFindAll(org.openqa.selenium.By.xpath(
                                "//*[@id='decisionForm']//*[contains(@class,'ui-message-error')]"))
                        .isEmpty(),
                browser.pageSource());
    }
}
