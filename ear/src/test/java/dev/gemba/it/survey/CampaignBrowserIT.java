package dev.gemba.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.junit.jupiter.api.Test;

/**
 * The relationship manager's journey step "schedule a campaign": phases by their names, a
 * confirmation that says what will be sent to whom, the new campaign on top of the progress
 * table with its name on one or two lines, and its launch.
 */
class CampaignBrowserIT extends BrowserTest {

    CampaignBrowserIT() {
        super(false); // opens browsers of its own
    }

    private static final Set<String> PHASE_CONSTANTS = Set.of("STRATEGY", "DESIGN", "TRANSITION", "OPERATION", "CSI");

    @Test
    void aRelationshipManagerSchedulesACampaignAfterConfirmingWhatGoesOut() {
        // an older campaign planned for a later date: the one scheduled now must still come first
        String later = "Later " + UUID.randomUUID().toString().substring(0, 8);
        var planned = Api.as("rm")
                .post(
                        "/api/v1/survey-campaigns",
                        "{\"surveyId\":" + relationshipSurvey() + ",\"name\":\"" + later
                                + "\",\"businessUnitId\":" + new TouchpointFixture().existingBusinessUnit("Sales")
                                + ",\"scheduledAt\":\"2099-01-01T09:00:00Z\",\"reminderAfterDays\":7}");
        assertEquals(201, planned.status(), planned::toString);

        String name = "Finance pulse " + UUID.randomUUID().toString().substring(0, 8);
        try (var browser = new Browser()) {
            browser.signIn("rm", Api.DEMO_PASSWORD);
            browser.open("/surveys/campaigns.xhtml");
            browser.choose("campaign:surveyId", "IT relationship survey");
            browser.byId("campaign:name").sendKeys(name);
            browser.choose("campaign:businessUnitId", "Finance");
            browser.click("campaign:schedule");
            // nothing is scheduled before the person confirms what goes out to whom
            String question = browser.textOf("campaign:confirmText");
            assertTrue(question.contains(name) && question.contains("Finance"), question);
            assertTrue(
                    Api.as("rm").get("/api/v1/survey-campaigns").body().indexOf(name) < 0,
                    "scheduled before it was confirmed");
            browser.keepPage("campaign-confirm");
            browser.click("campaign:confirm");
            browser.waitForText("Campaign “" + name + "” scheduled");

            String firstRow = "//*[@id='progress:campaigns_data']/tr[1]";
            assertTrue(browser.byXpath(firstRow).getText().contains(name), "the new campaign comes first");
            long lines = browser.lines(firstRow + "/td[1]");
            assertTrue(lines <= 2, "the campaign's name takes " + lines + " lines");
            browser.repeatUntilPresent(
                    () -> browser.click("progress:refresh"),
                    firstRow + "[contains(normalize-space(.), 'Launched')]",
                    Duration.ofSeconds(30));
            browser.keepPage("campaign-scheduled");
        }
    }

    @Test
    void thePhaseListNamesThePhasesInBothLanguages() {
        for (String language : List.of("en", "de")) {
            try (var browser = new Browser(language)) {
                browser.signIn("rm", Api.DEMO_PASSWORD);
                browser.open("/surveys/campaigns.xhtml");
                List<String> phases = optionLabels(browser, "campaign:phase_input");
                assertEquals(5, phases.size(), phases::toString);
                String csi = language.equals("de")
                        ? "Kontinuierliche Service-Verbesserung"
                        : "Continual Service Improvement";
                assertTrue(phases.contains(csi), phases::toString);
                assertFalse(phases.stream().anyMatch(PHASE_CONSTANTS::contains), phases::toString);
            }
        }
    }

    private static List<String> optionLabels(Browser browser, String selectId) {
        return browser.allByXpath("//*[@id='" + selectId + "']/option").stream()
                .map(option -> option.getAttribute("textContent").strip())
                .toList();
    }

    static long relationshipSurvey() {
        return Api.as("rm").get("/api/v1/surveys").jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(s -> s.getString("name").equals("IT relationship survey"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }
}
