package dev.gemba.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.survey.SurveysRestIT;
import org.junit.jupiter.api.Test;

/**
 * Service desk: survey responses exported from another tool are imported on the import page,
 * like feedback: choose the kind and the survey, confirm the suggested mapping, see the refused
 * rows.
 */
class SurveyImportBrowserIT extends BrowserTest {

    SurveyImportBrowserIT() {
        super(false);
    }

    @Test
    void importSurveyResponsesWithTheSuggestedMappingAndSeeRefusedRows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "Imported survey " + run;
        var created = Api.as("rm").post("/api/v1/surveys", SurveysRestIT.surveyJson(name));
        assertEquals(201, created.status(), created::toString);
        long survey = created.json().getJsonNumber("id").longValue();
        Path file = Files.createTempFile("responses", ".csv");
        Files.writeString(
                file,
                "Response ID,Submitted,CSAT,Comment\n"
                        + "a-" + run + ",2026-10-01,5,Quick help " + run + "\n"
                        + "b-" + run + ",2026-10-02,4,\n"
                        + "c-" + run + ",2026-10-03,9,\n");

        try (var browser = new Browser()) {
            browser.signIn("desk", Api.DEMO_PASSWORD);
            browser.open("/importing/import.xhtml");
            browser.choose("import:kind", "Survey responses");
            browser.awaitAjax(); // the kind's settings are drawn anew: open the new survey menu, not the old one
            // surveys are many: the menu filters them by what is typed
            browser.click("import:options:0:option");
            browser.byId("import:options:0:option_filter").sendKeys(run);
            browser.choose("import:options:0:option", name);
            browser.chooseFile(file);
            browser.waitForText("3 rows");
            assertTrue(browser.pageSource().contains("csat: How satisfied are you?"), "questions are fields");
            browser.click("import:start");
            browser.waitForText("Import finished: 2 imported, 0 already there, 1 refused.");
            browser.byXpath("//a[normalize-space(.)='1']").click();
            String refused = browser.byXpath("//*[@id='import:errorsDialog']//tr[td[normalize-space(.)='CSAT']]")
                    .getText();
            assertTrue(refused.startsWith("4 "), "row 4, its CSAT column: " + refused);
            assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors()::toString);
            browser.keepPage("survey-import");
        }
        var scores = Api.as("admin")
                .get("/api/v1/survey-scores?by=SURVEY&surveyId=" + survey)
                .jsonValue()
                .asJsonArray();
        assertEquals(2, scores.getJsonObject(0).getInt("responses"));
    }
}
