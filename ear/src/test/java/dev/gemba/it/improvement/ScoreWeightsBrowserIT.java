package dev.gemba.it.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * An admin sets the priority score's weights on their page, in German: a weight out of range is
 * refused beside its field, a valid one is saved and every open item rescored; others do not see
 * the page in their menu.
 */
class ScoreWeightsBrowserIT extends BrowserTest {

    ScoreWeightsBrowserIT() {
        super(false);
    }

    @Test
    void anAdminSetsTheWeightsAndABadOneIsRefusedBesideItsField() {
        Api admin = Api.as("admin");
        try {
            browser = new Browser("de");
            browser.signIn("admin", Api.DEMO_PASSWORD);
            browser.open("/admin/score-weights.xhtml");
            browser.waitForText("Gewichte der Priorität");
            assertTrue(browser.textOf("formula").contains("Reichweite^wR"), browser.textOf("formula"));

            type("weights:reach_input", "5");
            browser.click("weights:save");
            browser.awaitAjax();
            String refusal = browser.byXpath("//*[@id='weights:reach']/ancestor::div[contains(@class,'gemba-field')]"
                            + "//*[contains(@class,'ui-message')]")
                    .getText();
            assertFalse(refusal.isBlank(), "a message beside the reach field");
            assertEquals(1.0, weight(admin, "reach"), "nothing saved");

            type("weights:reach_input", "1");
            type("weights:effort_input", "2");
            browser.click("weights:save");
            browser.waitForText("Gewichte gespeichert");
            assertEquals(2.0, weight(admin, "effort"));
            assertEquals(1.0, weight(admin, "reach"));
            browser.close();

            browser = new Browser();
            browser.signIn("rm", Api.DEMO_PASSWORD);
            browser.open("/improvements/register.xhtml");
            assertFalse(browser.pageSource().contains("menuScoreWeights"), "only admins see the entry");
        } finally {
            var now = admin.get("/api/v1/improvement-weights").json();
            admin.put(
                    "/api/v1/improvement-weights",
                    "{\"reach\":1,\"impact\":1,\"confidence\":1,\"effort\":1,\"version\":"
                            + now.getJsonNumber("version") + "}");
        }
    }

    private void type(String id, String value) {
        var input = browser.byId(id);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
    }

    private static double weight(Api admin, String name) {
        return admin.get("/api/v1/improvement-weights")
                .json()
                .getJsonNumber(name)
                .doubleValue();
    }
}
