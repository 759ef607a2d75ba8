package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.WebSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The CSV and Excel exports of the main tables: a click downloads every row the page's filters
 * find (not only the page shown), under readable, translated column headers, in a file named for
 * the table and the day; people who may not open a page get no export of it.
 */
class TableExportBrowserIT extends BrowserTest {

    private final Path downloads = Path.of("target", "downloads", String.valueOf(System.nanoTime()));

    TableExportBrowserIT() {
        super(false);
    }

    @Test
    void theInboxExportsEveryFilteredRowAsCsvAndExcel() throws Exception {
        JsonObject emails =
                Api.as("desk").get("/api/v1/feedback?channel=EMAIL&size=1").json();
        int filtered = emails.getInt("total");
        assertTrue(filtered > 25, "the demo inbox has more e-mails than one page of 25: " + filtered);
        String known = emails.getJsonArray("items").getJsonObject(0).getString("text");

        try (Browser browser = new Browser()) {
            browser.signIn("desk", Api.DEMO_PASSWORD);
            browser.open("/feedback/inbox.xhtml");
            browser.choose("inbox:channel", "Email");
            browser.click("inbox:apply");
            browser.awaitAjax();

            Path csv = browser.download("inbox:exportCsv", downloads);
            assertEquals(
                    "gemba-inbox-" + LocalDate.now() + ".csv", csv.getFileName().toString());
            List<List<String>> rows = csv(csv);
            assertEquals(List.of("Received", "Channel", "Text", "Sentiment", "Topics", "Tags"), rows.get(0));
            assertEquals(filtered, rows.size() - 1, "every filtered row, not the first page only");
            assertTrue(rows.stream().allMatch(r -> r == rows.get(0) || r.get(1).equals("Email")), "only e-mails");
            assertTrue(rows.stream().anyMatch(r -> r.get(2).equals(known)), "the whole text of a known row");

            Path xlsx = browser.download("inbox:exportXlsx", downloads);
            assertEquals(
                    "gemba-inbox-" + LocalDate.now() + ".xlsx",
                    xlsx.getFileName().toString());
            List<List<String>> sheet = xlsx(xlsx);
            assertEquals(rows.get(0), sheet.get(0));
            assertEquals(filtered, sheet.size() - 1);
            assertTrue(sheet.stream().anyMatch(r -> r.get(2).equals(known)));
        }
    }

    @Test
    void theRegisterExportsItsFilteredItemsWithHeadersInThePersonsLanguage() throws Exception {
        JsonObject proposed = Api.as("viewer")
                .get("/api/v1/improvements?status=PROPOSED&size=100")
                .json();
        int filtered = proposed.getInt("total");
        assertTrue(filtered > 0, "the demo register has proposed items");
        JsonObject item = proposed.getJsonArray("items").getJsonObject(0);

        try (Browser browser = new Browser("de")) {
            browser.signIn("viewer", Api.DEMO_PASSWORD);
            browser.open("/improvements/register.xhtml");
            browser.choose("register:status", "Vorgeschlagen");
            browser.awaitAjax();
            browser.click("register:search");
            browser.awaitAjax();

            List<List<String>> sheet = xlsx(browser.download("register:exportXlsx", downloads));
            assertEquals(List.of("Nummer", "Titel", "Status"), sheet.get(0).subList(0, 3));
            assertEquals(filtered, sheet.size() - 1);
            List<String> known = sheet.stream()
                    .filter(r -> r.get(0).equals(item.getString("number")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(item + " is not in " + sheet));
            assertEquals(List.of(item.getString("title"), "Vorgeschlagen"), known.subList(1, 3));

            List<List<String>> rows = csv(browser.download("register:exportCsv", downloads));
            assertEquals(
                    sheet.stream().map(r -> r.subList(0, 3)).toList(),
                    rows.stream().map(r -> r.subList(0, 3)).toList(),
                    "the CSV holds what the workbook holds");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTableExportsAsCsvAndExcel() {
        var admin = WebSession.signedIn("admin");
        return Stream.of(
                        "/feedback/inbox.xhtml inbox inbox",
                        "/touchpoints/list.xhtml touchpoints touchpoints",
                        "/touchpoints/follow-ups.xhtml followUps follow-ups",
                        "/improvements/register.xhtml register improvement-register",
                        "/surveys/scores.xhtml scores scores",
                        "/steering/decisions.xhtml log decisions")
                .map(line -> line.split(" "))
                .map(page -> DynamicTest.dynamicTest(page[0], () -> {
                    String html = admin.get(page[0]).body();
                    var csv = admin.postForm(page[0], html, Map.of(page[1], page[1], page[1] + ":exportCsv", ""));
                    assertEquals(200, csv.statusCode());
                    assertTrue(isExport(csv), csv::body);
                    assertTrue(
                            csv.headers()
                                    .firstValue("Content-Disposition")
                                    .orElse("")
                                    .contains("gemba-" + page[2] + "-" + LocalDate.now() + ".csv"),
                            csv.headers()::toString);
                    List<List<String>> rows = csv(csv.body());
                    assertTrue(rows.get(0).size() > 1, "a header row: " + rows);
                    assertTrue(
                            rows.stream().allMatch(r -> r.size() == rows.get(0).size()),
                            "every row is complete: " + rows);
                    var xlsx = admin.postForm(page[0], html, Map.of(page[1], page[1], page[1] + ":exportXlsx", ""));
                    assertEquals(200, xlsx.statusCode());
                    assertTrue(
                            xlsx.headers()
                                    .firstValue("Content-Disposition")
                                    .orElse("")
                                    .contains("gemba-" + page[2] + "-" + LocalDate.now() + ".xlsx"),
                            xlsx.headers()::toString);
                }));
    }

    @Test
    void peopleWhoMayNotOpenAPageGetNoExportOfIt() {
        var allowed = WebSession.signedIn("viewer");
        String page = allowed.get("/improvements/register.xhtml").body();
        var export = allowed.postForm(
                "/improvements/register.xhtml", page, Map.of("register", "register", "register:exportCsv", ""));
        assertEquals(200, export.statusCode());
        assertTrue(isExport(export), export::body);
        assertTrue(export.body().contains("Number"), export::body);

        for (String path :
                List.of("/improvements/register.xhtml", "/feedback/inbox.xhtml", "/steering/decisions.xhtml")) {
            var integration = WebSession.signedIn("integration").post(path, Map.of("register:exportCsv", ""));
            assertEquals(403, integration.statusCode(), path);
            var anonymous = WebSession.anonymous().post(path, Map.of("register:exportCsv", ""));
            assertTrue(!isExport(anonymous) && anonymous.statusCode() < 500, path + ": " + anonymous.statusCode());
        }
    }

    private static boolean isExport(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("Content-Disposition").orElse("").contains("gemba-");
    }

    private static List<List<String>> csv(Path file) throws IOException {
        return csv(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static List<List<String>> csv(String content) throws IOException {
        String text = content.replace("\uFEFF", "");
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = new java.io.StringReader(text)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    /** The first sheet's rows as Excel shows their cells. */
    private static List<List<String>> xlsx(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                var book = new XSSFWorkbook(in)) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(shown.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
