package dev.gemba.it.survey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/** A relationship manager writes a survey in the editor, sees a rule violation, fixes it and schedules a campaign. */
class SurveyAdminBrowserIT extends BrowserTest {

    @Test
    void writeASurveyAndScheduleACampaign() {
        String name = "Pulse " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/surveys/surveys.xhtml");
        browser.click("list:newSurvey");
        browser.byId("editor:name").sendKeys(name);
        browser.byId("editor:questions:0:textEn").sendKeys("What should IT do differently?");
        browser.click("editor:save");
        browser.waitForText("questions[0].textDe"); // the German text is missing: named, nothing saved
        browser.byId("editor:questions:0:textDe").sendKeys("Was sollte die IT anders machen?");
        browser.click("editor:save");
        browser.waitForText("v1: 0");
        String list = browser.byXpath("//*[@id='list:surveys']").getText();
        assertTrue(list.contains(name));
        // kinds by their names (the demo has a transactional survey), not as constants
        assertTrue(list.contains("Transactional (after a ticket)") && !list.contains("TRANSACTIONAL"), list);

        browser.open("/surveys/campaigns.xhtml");
        browser.choose("campaign:surveyId", name);
        browser.byId("campaign:name").sendKeys("Quarterly pulse");
        browser.choose("campaign:businessUnitId", "Finance");
        browser.click("campaign:schedule");
        browser.click("campaign:confirm"); // after reading what goes out to whom
        browser.repeatUntilText(() -> browser.click("progress:refresh"), "Launched", java.time.Duration.ofSeconds(30));
        browser.keepPage("campaign-launched");
    }
}
