package dev.gemba.it.servicelevel;

import static dev.gemba.it.servicelevel.ServiceLevelFixture.code;
import static dev.gemba.it.servicelevel.ServiceLevelFixture.create;
import static dev.gemba.it.servicelevel.ServiceLevelFixture.id;
import static dev.gemba.it.servicelevel.ServiceLevelFixture.sla;
import static dev.gemba.it.servicelevel.ServiceLevelFixture.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.touchpoint.TouchpointFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SLA/OLA measurements import as a kind of the import capability ({@code kind=sla-measurements}):
 * bad rows are reported with row and column while good rows are kept, a re-run adds nothing, a
 * corrected file replaces a month's figure and the replaced one stays in the history, and
 * relationship managers import for their own units' agreements only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeasurementImportIT {

    private static final String MAPPING =
            "&map.agreement=Agreement&map.target=Target&map.period=Month&map.measured=Value";

    private final Api admin = Api.as("admin");
    private final TouchpointFixture catalog = new TouchpointFixture();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void goodRowsAreKeptBadRowsReportedARerunAddsNothingAndACorrectionKeepsHistory() throws Exception {
        String code = code("IMP");
        long agreement = id(create(
                admin,
                sla(
                        code,
                        catalog.service("Import"),
                        null,
                        Json.createArrayBuilder()
                                .add(target("AVAILABILITY", null, null, null))
                                .add(target("CUSTOMER_SATISFACTION", null, null, null)))));
        String file = String.join(
                "\n",
                List.of(
                        "Agreement,Target,Month,Value",
                        code + ",availability,2026-01,99.7",
                        code + ",availability,02/2026,99.2 %",
                        code + ",customer-satisfaction,2026-01,88",
                        "NO-SUCH,availability,2026-01,99",
                        code + ",uptime,2026-01,99",
                        code + ",availability,2026-13,99",
                        code + ",availability,2026-03,n/a",
                        code + ",customer-satisfaction,2026-02,120"));

        JsonObject first = importAndWait(admin, file);
        assertEquals("COMPLETED", first.getString("status"), first::toString);
        assertEquals(3, first.getInt("rowsImported"));
        assertEquals(5, first.getInt("rowsFailed"));
        var errors = admin.get("/api/v1/imports/" + first.getInt("id") + "/errors")
                .json()
                .getJsonArray("items");
        assertEquals(
                List.of(5L, 6L, 7L, 8L, 9L),
                errors.stream()
                        .map(e -> e.asJsonObject().getJsonNumber("row").longValue())
                        .toList());
        assertEquals(
                List.of("Agreement", "Target", "Month", "Value", "Value"),
                errors.stream().map(e -> e.asJsonObject().getString("column")).toList());
        assertTrue(errors.getJsonObject(0).getString("reason").contains("NO-SUCH"), errors::toString);
        assertEquals(3, measurements(agreement).size());

        JsonObject again = importAndWait(admin, file);
        assertEquals(0, again.getInt("rowsImported"), again::toString);
        assertEquals(3, again.getInt("rowsDuplicate"));
        assertEquals(3, measurements(agreement).size(), "a re-run duplicates nothing");

        JsonObject corrected =
                importAndWait(admin, "Agreement,Target,Month,Value\n" + code + ",availability,2026-02,99.6\n");
        assertEquals(1, corrected.getInt("rowsImported"), corrected::toString);
        var entries = measurements(agreement);
        assertEquals(4, entries.size(), entries::toString);
        JsonObject february = entries.stream()
                .map(e -> e.asJsonObject())
                .filter(e -> e.getString("period").equals("2026-02") && !ServiceLevelsRestIT.superseded(e))
                .findFirst()
                .orElseThrow();
        assertEquals(99.6, february.getJsonNumber("measured").doubleValue());
        assertEquals("IMPORT", february.getString("source"));
        JsonObject replaced = entries.stream()
                .map(e -> e.asJsonObject())
                .filter(ServiceLevelsRestIT::superseded)
                .findFirst()
                .orElseThrow();
        assertEquals(99.2, replaced.getJsonNumber("measured").doubleValue());
        assertEquals(first.getInt("id"), replaced.getJsonNumber("importId").intValue());

        var compliance = admin.get("/api/v1/agreements/" + agreement + "/compliance?from=2026-01&to=2026-02")
                .json();
        assertEquals(3, compliance.getJsonArray("figures").size());
    }

    @Test
    void anExcelWorkbookImportsLikeACsvFileWithDatesAndPercentagesAsTheCellsShowThem() throws Exception {
        String code = code("XLS");
        long agreement = id(create(
                admin,
                sla(
                        code,
                        catalog.service("Import"),
                        null,
                        Json.createArrayBuilder()
                                .add(target("AVAILABILITY", null, null, null))
                                .add(target("CUSTOMER_SATISFACTION", null, null, null)))));
        byte[] workbook = workbook(code);

        JsonObject first = importWorkbookAndWait(workbook);
        assertEquals("COMPLETED", first.getString("status"), first::toString);
        assertEquals(3, first.getInt("rowsImported"), first::toString);
        assertEquals(1, first.getInt("rowsFailed"));
        var error = admin.get("/api/v1/imports/" + first.getInt("id") + "/errors")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(5, error.getInt("row"), "rows are numbered as Excel shows them");
        assertEquals("Agreement", error.getString("column"));
        var figures = measurements(agreement).stream()
                .map(e -> e.asJsonObject().getString("period") + "="
                        + e.asJsonObject()
                                .getJsonNumber("measured")
                                .bigDecimalValue()
                                .stripTrailingZeros()
                                .toPlainString())
                .sorted()
                .toList();
        assertEquals(List.of("2026-01=88", "2026-01=99.7", "2026-02=99.2"), figures);

        JsonObject again = importWorkbookAndWait(workbook);
        assertEquals(0, again.getInt("rowsImported"), again::toString);
        assertEquals(3, again.getInt("rowsDuplicate"));
        assertEquals(3, measurements(agreement).size(), "a re-run of the workbook replaces nothing");
    }

    /**
     * A sheet as people keep them: months as date cells, availability as a percent-formatted
     * fraction, one month typed as text, and a row naming no agreement Gemba knows.
     */
    private static byte[] workbook(String code) throws java.io.IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Figures");
            var month = book.createCellStyle();
            month.setDataFormat(book.createDataFormat().getFormat("mmm yyyy"));
            var percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            var header = sheet.createRow(0);
            List.of("Agreement", "Target", "Month", "Value")
                    .forEach(h ->
                            header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            Object[][] rows = {
                {code, "availability", java.time.LocalDate.of(2026, 1, 1), 0.997},
                {code, "availability", "02/2026", 99.2},
                {code, "customer-satisfaction", java.time.LocalDate.of(2026, 1, 1), 88.0},
                {"NO-SUCH", "availability", java.time.LocalDate.of(2026, 1, 1), 0.99}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue((String) rows[r][1]);
                var period = row.createCell(2);
                if (rows[r][2] instanceof java.time.LocalDate day) {
                    period.setCellValue(day);
                    period.setCellStyle(month);
                } else {
                    period.setCellValue((String) rows[r][2]);
                }
                var value = row.createCell(3);
                double figure = (Double) rows[r][3];
                value.setCellValue(figure);
                if (figure < 1) {
                    value.setCellStyle(percent);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private JsonObject importWorkbookAndWait(byte[] workbook) throws InterruptedException {
        var started = admin.upload(
                "/api/v1/imports?kind=sla-measurements&fileName=sla.xlsx" + MAPPING,
                workbook,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(202, started.status(), started::toString);
        return waitFor(admin, started.json().getInt("id"));
    }

    @Test
    void relationshipManagersImportForTheirOwnUnitsAgreementsOnly() throws Exception {
        Api rm = Api.as("rm");
        long service = catalog.service("Import");
        var unit = rm.post("/api/v1/business-units", "{\"name\":\"RM import " + code("u") + "\"}");
        long own = unit.json().getJsonNumber("id").longValue();
        String mine = code("MINE");
        String theirs = code("THEIRS");
        create(rm, sla(mine, service, own, Json.createArrayBuilder().add(target("AVAILABILITY", null, null, null))));
        create(
                admin,
                sla(theirs, service, null, Json.createArrayBuilder().add(target("AVAILABILITY", null, null, null))));

        JsonObject done = importAndWait(
                rm,
                "Agreement,Target,Month,Value\n" + mine + ",availability,2026-01,99.9\n" + theirs
                        + ",availability,2026-01,99.9\n");
        assertEquals(1, done.getInt("rowsImported"), done::toString);
        assertEquals(1, done.getInt("rowsFailed"));
        var error = rm.get("/api/v1/imports/" + done.getInt("id") + "/errors")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("Agreement", error.getString("column"));

        var kinds = rm.get("/api/v1/imports").status();
        assertEquals(200, kinds);
        var desk = Api.as("desk")
                .upload("/api/v1/imports?kind=sla-measurements&format=CSV" + MAPPING, "Agreement\nx", "text/csv");
        assertEquals(403, desk.status(), desk::toString);
        var feedbackByRm = rm.upload("/api/v1/imports?kind=feedback&format=CSV", "Comment\nx", "text/csv");
        assertEquals(403, feedbackByRm.status(), "other kinds stay refused to relationship managers");
    }

    private List<jakarta.json.JsonValue> measurements(long agreement) {
        return admin.get("/api/v1/agreements/" + agreement + "/measurements")
                .jsonValue()
                .asJsonArray();
    }

    private static JsonObject importAndWait(Api as, String file) throws InterruptedException {
        var started = as.upload(
                "/api/v1/imports?kind=sla-measurements&format=CSV&fileName=sla.csv" + MAPPING, file, "text/csv");
        assertEquals(202, started.status(), started::toString);
        return waitFor(as, started.json().getInt("id"));
    }

    private static JsonObject waitFor(Api as, int id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonObject status = as.get("/api/v1/imports/" + id).json();
            if (!List.of("RUNNING", "QUEUED").contains(status.getString("status"))) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " did not finish in 60 s");
    }
}
