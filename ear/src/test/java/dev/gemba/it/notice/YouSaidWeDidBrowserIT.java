package dev.gemba.it.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The demo's delivered VPN item (CSI-0001) told its people; every reading role finds it on their
 * business unit's "you said, we did" page; only its owner may announce; bad addresses are answered
 * beside the field. Pages are kept under target/browser/ to be looked at.
 */
class YouSaidWeDidBrowserIT extends BrowserTest {

    YouSaidWeDidBrowserIT() {
        super(false);
    }

    @Override
    protected String keptPagePrefix() {
        return "you-said-we-did-";
    }

    @Test
    void theDemoItemsNoticesAreRecordedAndShownOnItsPage() {
        long item = demoItem();
        var notices = Api.as("viewer")
                .get("/api/v1/improvements/" + item + "/notices")
                .jsonValue()
                .asJsonArray();
        assertEquals(1, notices.size(), notices::toString);
        JsonObject notice = notices.getJsonObject(0);
        assertEquals("DELIVERED", notice.getString("toStatus"));
        var recipients = notice.getJsonArray("recipients");
        assertFalse(recipients.isEmpty());
        assertTrue(
                recipients.stream().allMatch(r -> "SENT".equals(r.asJsonObject().getString("status"))),
                recipients::toString);

        browser = new Browser();
        browser.signIn("viewer", Api.DEMO_PASSWORD);
        browser.open("/improvements/item.xhtml?id=" + item);
        browser.waitForText("vpn.user");
        assertTrue(browser.pageSource().contains("gemba-notice-recipients"));
        assertFalse(browser.pageSource().contains("notices:announce"), "viewers do not announce");
        browser.keepPage("you-said-we-did-item-viewer");
        browser.close();

        browser = new Browser();
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/improvements/item.xhtml?id=" + item);
        browser.click("notices:announce");
        browser.awaitAjax();
        browser.waitForText("announced already");
        browser.keepPage("you-said-we-did-item-owner");
    }

    @Test
    void everyReaderFindsTheDeliveredItemOnTheirUnitsPage() {
        String unit = unitWithTheDemoItem();
        for (String user : List.of("admin", "rm", "desk", "steering", "viewer")) {
            browser = new Browser();
            browser.signIn(user, Api.DEMO_PASSWORD);
            browser.open("/notices/you-said-we-did.xhtml");
            browser.choose("unit:businessUnit", unit);
            browser.awaitAjax();
            browser.waitForText("CSI-0001");
            browser.keepPage("you-said-we-did-" + user);
            browser.close();
        }
        browser = null;
    }

    @Test
    void aBusinessUnitThatDoesNotExistIsAnsweredBesideTheChoice() {
        browser = new Browser();
        browser.signIn("viewer", Api.DEMO_PASSWORD);
        browser.open("/notices/you-said-we-did.xhtml?businessUnit=999999999");
        browser.waitForText("no business unit 999999999");
        browser.keepPage("you-said-we-did-unknown");
        browser.open("/notices/you-said-we-did.xhtml?businessUnit=abc");
        assertTrue(browser.textOf("pageMessages").length() > 0, "the parameter's conversion message");
        browser.keepPage("you-said-we-did-not-a-number");
    }

    private static long demoItem() {
        JsonObject page = Api.as("viewer")
                .get("/api/v1/improvements?q=gateway%20capacity")
                .json();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** A demo business unit whose people's VPN feedback was CSI-0001's evidence. */
    private static String unitWithTheDemoItem() {
        var units =
                Api.as("viewer").get("/api/v1/business-units?size=100").json().getJsonArray("items");
        for (var u : units) {
            long id = u.asJsonObject().getJsonNumber("id").longValue();
            var list = Api.as("viewer")
                    .get("/api/v1/you-said-we-did?businessUnit=" + id)
                    .jsonValue()
                    .asJsonArray();
            if (list.stream().anyMatch(d -> d.asJsonObject().getString("number").equals("CSI-0001"))) {
                return u.asJsonObject().getString("name");
            }
        }
        throw new AssertionError("no business unit lists CSI-0001");
    }
}
