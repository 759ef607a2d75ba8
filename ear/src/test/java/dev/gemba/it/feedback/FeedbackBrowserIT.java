package dev.gemba.it.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.junit.jupiter.api.Test;

/** Service desk: capture an item, see it analysed in the inbox, correct its sentiment. */
class FeedbackBrowserIT extends BrowserTest {

    @Test
    void captureSeeAnalysedAndCorrect() {
        String marker = "case" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/feedback/capture.xhtml");
        browser.byId("capture:text").sendKeys("The VPN drops every morning and it is terrible <b>" + marker + "</b>");
        browser.byId("capture:save").click();
        browser.waitForText("Feedback saved");

        browser.open("/feedback/inbox.xhtml");
        browser.byId("inbox:text").sendKeys(marker);
        browser.repeatUntilText(() -> browser.click("inbox:apply"), "Negative", Duration.ofSeconds(60));
        assertTrue(browser.pageSource().contains("&lt;b&gt;" + marker), "stored HTML is shown escaped");
        String row = browser.byXpath("//tr[contains(., '" + marker + "')]").getText();
        assertTrue(row.contains("Network and connectivity"), "the topic by its name: " + row);
        assertTrue(row.matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*"), "received, as date and time: " + row);
        assertFalse(row.matches("(?s).*\\d{2}T\\d{2}:.*"), "no ISO instant: " + row);

        browser.click("inbox:table:0:open");
        browser.byId("analysedText");
        browser.awaitAjax();
        browser.assertAccessible(); // the detail dialog, sentiment shown by icon and words too
        browser.keepPage("feedback-detail");
        String phrases = browser.textOf("detail:keyPhrases");
        assertTrue(phrases.contains("vpn"), "key phrases as chips: " + phrases);
        assertTrue(
                browser.pageSource().contains("gemba-chip-negative"), "a phrase of a negative sentence is marked so");
        assertTrue(browser.pageSource().contains("gemba-driver-negative"), "the words that drove it are marked");
        browser.choose("detail:sentiment", "Neutral");
        browser.click("detail:saveCorrection");
        String corrected = browser.textOf("detail:correctedSentiment");
        assertTrue(corrected.contains("Neutral"), corrected);
        String model = browser.textOf("detail:modelSentiment");
        assertTrue(model.contains("Negative"), "the model's label stays visible: " + model);
    }

    @Test
    void anAdministratorSeesTheModelsInUseAndWhereToTrainOwnOnes() {
        var setup = Api.as("admin").get("/api/v1/feedback/analysis-models").json();
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/admin/analysis.xhtml");
        browser.keepPage("analysis-models");
        assertEquals(setup.getString("modelVersion"), browser.textOf("modelVersion"));
        String models = browser.textOf("analysis:models");
        assertTrue(models.contains("Sentiment, German") && models.contains("Topics, English"), models);
        assertEquals(4, models.split("built in", -1).length - 1, "all four models built in: " + models);
        assertTrue(browser.textOf("topics").contains("Network and connectivity"), "topics by their names");
        assertTrue(
                browser.byXpath("//*[@id='analysis:downloadCorrections']//a")
                        .getAttribute("href")
                        .endsWith("/admin/corrections.jsonl"),
                "the download is served to the session; the REST export takes no session cookie");
        browser.repeatUntilPresent(
                () -> browser.click("analysis:startReanalysis"),
                "//*[@id='analysis:messages']//*[contains(@class, 'ui-messages-info-summary')]",
                Duration.ofSeconds(20));
        String message = browser.textOf("analysis:messages");
        assertTrue(message.startsWith("Nothing to re-analyse") || message.startsWith("Re-analysis started"), message);
    }

    @Test
    void inboxFiltersByServiceAndBusinessUnit() {
        String marker = "filter" + UUID.randomUUID().toString().substring(0, 8);
        var catalog = new TouchpointFixture();
        long finance = catalog.existingBusinessUnit("Finance");
        long erp = catalog.existingService("ERP");
        var created = Api.as("integration")
                .post(
                        "/api/v1/feedback",
                        "{\"channel\":\"EMAIL\",\"text\":\"Month-end close is slow again " + marker
                                + "\",\"businessUnitId\":" + finance + ",\"serviceIds\":[" + erp + "]}");
        assertEquals(201, created.status(), created::toString);

        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/feedback/inbox.xhtml");
        browser.byId("inbox:text").sendKeys(marker);
        browser.choose("inbox:businessUnitId", "Sales");
        browser.click("inbox:apply");
        browser.waitForText("Nothing found.");
        browser.choose("inbox:businessUnitId", "Finance");
        browser.choose("inbox:serviceId", "ERP");
        browser.click("inbox:apply");
        browser.waitForText("Month-end close is slow again " + marker);
        browser.choose("inbox:serviceId", "CRM");
        browser.click("inbox:apply");
        browser.waitForText("Nothing found.");
    }

    @Test
    void importAFileWithTheSuggestedMappingAndSeeRefusedRows() throws Exception {
        String marker = "upload" + UUID.randomUUID().toString().substring(0, 8);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("tickets", ".csv");
        java.nio.file.Files.writeString(
                file,
                "Ticket,Created,Comment\nINC9,2026-02-01,Laptop swap was quick " + marker
                        + "\nINC10,not a date,Bad row " + marker + "\n");
        browser.signIn("desk", Api.DEMO_PASSWORD);
        browser.open("/importing/import.xhtml");
        browser.chooseFile(file);
        browser.waitForText("2 rows");
        browser.click("import:start");
        browser.repeatUntilText(() -> browser.open("/importing/import.xhtml"), "Completed", Duration.ofSeconds(60));
        browser.byXpath("//a[normalize-space(.)='1']").click();
        browser.waitForText("'not a date' is not a date");
        assertTrue(Api.as("desk").get("/api/v1/feedback?q=" + marker).json().getInt("total") == 1);

        // the same report in German for a German reader; the REST API stays English
        try (var german = new Browser("de")) {
            german.signIn("desk", Api.DEMO_PASSWORD);
            german.open("/importing/import.xhtml");
            german.byXpath("//a[normalize-space(.)='1']").click();
            german.waitForText("„not a date“ ist kein Datum");
        }
        long id = Api.as("desk")
                .get("/api/v1/imports")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String reason = Api.as("desk")
                .get("/api/v1/imports/" + id + "/errors")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("reason");
        assertTrue(reason.startsWith("'not a date' is not a date"), reason);
    }
}
