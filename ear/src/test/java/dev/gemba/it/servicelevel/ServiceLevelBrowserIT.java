package dev.gemba.it.servicelevel;

import static dev.gemba.it.servicelevel.ServiceLevelFixture.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.junit.jupiter.api.Test;

/**
 * A relationship manager sets up an agreement with the tiered-support targets on its page, an ITSM
 * posts figures, and the compliance page shows each month's status in words and colour; viewers
 * read the agreements without changing them.
 */
class ServiceLevelBrowserIT extends BrowserTest {

    ServiceLevelBrowserIT() {
        super(false);
    }

    @Test
    void setUpAnAgreementAndSeeItsCompliance() {
        String serviceName = "Browser SLA " + ServiceLevelFixture.code("s");
        var service = Api.as("admin")
                .post(
                        "/api/v1/services",
                        "{\"name\":\"" + serviceName + "\",\"criticality\":\"LOW\",\"status\":\"LIVE\"}");
        assertEquals(201, service.status(), service::toString);
        String unitName = "Browser unit " + ServiceLevelFixture.code("u");
        assertEquals(
                201,
                Api.as("rm")
                        .post("/api/v1/business-units", "{\"name\":\"" + unitName + "\"}")
                        .status());
        String code = ServiceLevelFixture.code("BR");

        browser = new Browser();
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/servicelevels/agreement.xhtml");
        browser.byId("agreement:code").sendKeys(code);
        browser.byId("agreement:name").sendKeys("Browser agreement");
        browser.choose("agreement:serviceId", serviceName);
        browser.choose("agreement:businessUnitId", unitName);
        browser.click("agreement:addTiers");
        browser.awaitAjax();
        assertEquals(
                3, browser.allByXpath("//*[@id='agreement:targets_data']/tr").size());
        browser.click("agreement:save");
        browser.waitForUrl("compliance.xhtml?agreementId=");
        browser.assertAccessible();
        assertTrue(browser.pageSource().contains(code), "the new agreement's compliance page");

        long id = Long.parseLong(browser.currentUrl().replaceAll(".*agreementId=(\\d+).*", "$1"));
        var details = Api.as("viewer").get("/api/v1/agreements/" + id).json();
        assertEquals(3, details.getJsonArray("targets").size());
        Api itsm = Api.as("integration");
        post(itsm, id, "level-1-resolution", "2026-01", "85");
        post(itsm, id, "level-1-resolution", "2026-02", "81");
        post(itsm, id, "level-1-resolution", "2026-03", "70");
        post(itsm, id, "level-2-resolution", "2026-03", "80");

        browser.open("/servicelevels/compliance.xhtml?agreementId=" + id + "&from=2026-01&to=2026-03");
        String grid = browser.byXpath("//table[contains(@class,'gemba-grid')]").getText();
        assertTrue(grid.contains("Compliant") && grid.contains("At risk") && grid.contains("Breached"), grid);
        assertEquals(
                1,
                browser.allByXpath("//td[contains(@class,'gemba-cell-BREACHED')]")
                        .size());
        assertTrue(browser.pageSource().contains("scoreChart"), "the trend chart");
        assertEquals(
                "Worsening", browser.byXpath("//p[@class='gemba-trend']/strong").getText());
        // level 2 resolved 80% of the 30% level 1 passed on in March: 24% of all tickets
        assertTrue(browser.textOf("tiers").contains("24.00 %"), browser.textOf("tiers"));
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors()::toString);
        browser.close();

        browser = new Browser();
        browser.signIn("viewer", Api.DEMO_PASSWORD);
        browser.open("/servicelevels/agreements.xhtml");
        assertTrue(browser.pageSource().contains(code) || browser.pageSource().contains("SLA-ERP-FIN"));
        assertFalse(browser.pageSource().contains("pi-pencil"), "viewers do not edit");
        browser.open("/servicelevels/compliance.xhtml?businessUnitId="
                + new TouchpointFixture().existingBusinessUnit("Finance"));
        assertTrue(browser.pageSource().contains("SLA-ERP-FIN"), "the demo's Finance SLA");
    }
}
