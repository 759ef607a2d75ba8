package dev.gemba.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk import of feedback through the REST API: column mapping, good rows kept and bad rows
 * reported with row, column and reason, nothing duplicated when the same file comes again, JSONL
 * too; the address of earlier versions still works.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackImportIT {

    private final Api desk = Api.as("desk");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    static final String CSV_MAPPING = "&map.text=Comment&map.receivedAt=Created&map.channel=Source"
            + "&map.contactEmail=" + enc("Caller e-mail") + "&map.businessUnit=Department&map.services=Service"
            + "&map.ticketRef=Ticket";

    static String csv(String marker) {
        return String.join(
                "\r\n",
                "Ticket,Created,Source,Caller e-mail,Department,Service,Comment",
                "INC1," + "2026-03-01T09:00:00Z,email,ann@example.com,Finance,ERP,\"ERP is slow, again " + marker
                        + "\"",
                "INC2,2026-03-02,phone,,,,",
                "INC3,2026-03-03 10:15,chat,bob@example.com,Sales,CRM;Collaboration,\"Multi-line\nthanks " + marker
                        + "\"",
                "INC4,yesterday-ish,phone,,,,Date is wrong " + marker,
                "INC5,2026-03-05,walk-in,not-an-email,,,Email is wrong " + marker,
                "INC6,2026-03-06,complaint,,Atlantis,,Unknown unit " + marker,
                "INC7,2026-03-07,,,,,No channel column value " + marker,
                "");
    }

    @Test
    void goodRowsAreImportedBadRowsReportedAndARepeatAddsNothing() {
        String marker = "imp" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject first = importAndWait(csv(marker), "CSV", CSV_MAPPING + "&defaultChannel=EMAIL");
        assertEquals("COMPLETED", first.getString("status"));
        assertEquals(7, first.getInt("totalRows"));
        assertEquals(3, first.getInt("rowsImported"));
        assertEquals(4, first.getInt("rowsFailed"));
        assertEquals(0, first.getInt("rowsDuplicate"));

        var errors =
                desk.get("/api/v1/imports/" + first.getInt("id") + "/errors").json();
        assertEquals(4, errors.getInt("total"));
        List<String> reported = errors.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(e -> e.getInt("row") + " " + e.getString("column", "-"))
                .toList();
        assertEquals(List.of("3 Comment", "5 Created", "6 Caller e-mail", "7 Department"), reported);
        assertTrue(errors.toString().contains("Atlantis"), errors::toString);

        var stored = desk.get("/api/v1/feedback?q=" + marker + "&size=50").json();
        assertEquals(3, stored.getInt("total"));
        JsonObject erp = stored.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getString("text").startsWith("ERP is slow"))
                .findFirst()
                .orElseThrow();
        assertEquals("EMAIL", erp.getString("channel"));
        assertEquals("INC1", erp.getString("ticketRef"));
        assertEquals("2026-03-01T09:00:00Z", erp.getString("receivedAt"));
        assertEquals("Finance", erp.getString("businessUnit"));
        assertTrue(stored.toString().contains("Multi-line\\nthanks"), "quoted line breaks stay in the text");

        JsonObject again = importAndWait(csv(marker), "CSV", CSV_MAPPING);
        assertEquals(0, again.getInt("rowsImported"));
        assertEquals(3, again.getInt("rowsDuplicate"));
        assertEquals(3, desk.get("/api/v1/feedback?q=" + marker).json().getInt("total"), "nothing duplicated");
    }

    @Test
    void jsonLinesImportWithTheirOwnIds() {
        String marker = "jsonl" + UUID.randomUUID().toString().substring(0, 8);
        String file = String.join(
                "\n",
                "{\"id\":\"" + marker + "-1\",\"body\":\"Printer fixed quickly " + marker
                        + "\",\"tags\":[\"printer\",\"praise\"]}",
                "{not json",
                "",
                "{\"id\":\"" + marker + "-2\",\"body\":\"VPN keeps dropping " + marker + "\",\"tier\":\"L2\"}");
        JsonObject done = importAndWait(file, "JSONL", "&map.text=body&map.externalId=id&map.tags=tags&map.tier=tier");
        assertEquals(2, done.getInt("rowsImported"));
        assertEquals(1, done.getInt("rowsFailed"));
        var error = desk.get("/api/v1/imports/" + done.getInt("id") + "/errors")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(2, error.getInt("row"));
        assertTrue(error.getString("reason").contains("not a JSON object"));
        var vpn = desk.get("/api/v1/feedback?q=" + enc("VPN keeps dropping " + marker))
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("L2", vpn.getString("tier"));
        assertEquals(marker + "-2", vpn.getString("externalId"));
    }

    @Test
    void mappingMistakesAreRefusedBeforeAnythingIsStored() {
        String file = csv("mapping");
        assertEquals("map.text", field(desk.upload("/api/v1/imports?kind=feedback&format=CSV", file, "text/csv")));
        assertEquals(
                "map.text",
                field(desk.upload("/api/v1/imports?kind=feedback&format=CSV&map.text=Remarks", file, "text/csv")));
        assertEquals(
                "map.mood",
                field(desk.upload("/api/v1/imports?kind=feedback&map.text=Comment&map.mood=Source", file, "text/csv")));
        assertEquals(
                "format",
                field(desk.upload("/api/v1/imports?kind=feedback&format=XML&map.text=Comment", file, "text/csv")));

        var preview = desk.upload("/api/v1/imports/preview?kind=feedback&format=CSV", file, "text/csv");
        assertEquals(200, preview.status(), preview::toString);
        assertEquals(7, preview.json().getInt("rows"));
        assertEquals("Comment", preview.json().getJsonObject("suggestedMapping").getString("text"));
        assertEquals("Ticket", preview.json().getJsonObject("suggestedMapping").getString("ticketRef"));
        assertEquals(
                204,
                desk.delete("/api/v1/imports/preview/" + preview.json().getString("token"))
                        .status());
    }

    @Test
    void spreadsheetExportsInGermanSettingsImportAsWritten() {
        String marker = "xls" + UUID.randomUUID().toString().substring(0, 8);
        // Excel's "CSV UTF-8": a byte order mark and semicolons
        String utf8 = "\uFEFFKommentar;Kanal;Eingang\r\nDer Drucker ist ärgerlich " + marker
                + ";Telefon;31.01.2026 14:05\r\n";
        JsonObject first = importAndWait(
                utf8.getBytes(StandardCharsets.UTF_8),
                "CSV",
                "&map.text=Kommentar&map.receivedAt=Eingang&defaultChannel=PHONE&timeZone=Europe/Berlin");
        assertEquals(1, first.getInt("rowsImported"), first::toString);
        // Excel's plain "CSV" on a German Windows: Windows-1252
        String ansi = "Kommentar;Kanal\r\nGrüße, das WLAN fällt aus " + marker + ";Telefon\r\n";
        JsonObject second = importAndWait(
                ansi.getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "CSV",
                "&map.text=Kommentar&defaultChannel=PHONE");
        assertEquals(1, second.getInt("rowsImported"), second::toString);
        List<String> texts = desk.get("/api/v1/feedback?q=" + marker).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("text"))
                .sorted()
                .toList();
        assertEquals(List.of("Der Drucker ist ärgerlich " + marker, "Grüße, das WLAN fällt aus " + marker), texts);
        String received = desk.get("/api/v1/feedback?q=" + marker).json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getString("text").startsWith("Der Drucker"))
                .map(o -> o.getString("receivedAt"))
                .findFirst()
                .orElse(null);
        assertEquals("2026-01-31T13:05:00Z", received, "the German date as written, in the file's zone");
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingTheField() {
        var refused = desk.upload(
                "/api/v1/imports?kind=feedback&format=CSV&fileName=z.csv&map.text=Comment&timeZone=Mars/Olympus",
                "Comment\nhello\n".getBytes(StandardCharsets.UTF_8),
                "text/csv");
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(
                "timeZone",
                refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(refused.json().toString().contains("'Mars/Olympus' is not a time zone"), refused::toString);
    }

    @Test
    void theKindIsNamedAndAnUnknownOneIsRefusedNamingIt() {
        String file = csv("kinds");
        assertEquals("kind", field(desk.upload("/api/v1/imports?format=CSV&map.text=Comment", file, "text/csv")));
        assertEquals(
                "kind",
                field(desk.upload("/api/v1/imports?kind=invoices&format=CSV&map.text=Comment", file, "text/csv")));
        assertEquals("kind", field(desk.upload("/api/v1/imports/preview?kind=invoices", file, "text/csv")));
        assertEquals(
                "defaultChannel",
                field(desk.upload(
                        "/api/v1/imports?kind=feedback&map.text=Comment&defaultChannel=PIGEON", file, "text/csv")));
    }

    @Test
    void theAddressOfEarlierVersionsStillImportsFeedback() {
        String marker = "alias" + UUID.randomUUID().toString().substring(0, 8);
        var started = desk.upload(
                "/api/v1/feedback/imports?format=CSV&fileName=old.csv&map.text=Comment&defaultChannel=PHONE",
                "Comment\nStill imported the old way " + marker + "\n",
                "text/csv");
        assertEquals(202, started.status(), started::toString);
        assertEquals("feedback", started.json().getString("kind"));
        int id = started.json().getInt("id");
        assertTrue(
                started.raw().headers().firstValue("Location").orElse("").endsWith("/api/v1/feedback/imports/" + id),
                started.raw().headers().toString());
        JsonObject done = waitFor("/api/v1/feedback/imports/" + id);
        assertEquals(1, done.getInt("rowsImported"), done::toString);
        assertEquals(1, desk.get("/api/v1/feedback?q=" + marker).json().getInt("total"));
        assertTrue(
                desk.get("/api/v1/feedback/imports").json().getJsonArray("items").stream()
                        .anyMatch(i -> i.asJsonObject().getInt("id") == id),
                "listed at the old address too");
        assertEquals(200, desk.get("/api/v1/imports/" + id).status(), "and found at the new one");
    }

    private JsonObject importAndWait(String file, String format, String mapping) {
        return importAndWait(file.getBytes(StandardCharsets.UTF_8), format, mapping);
    }

    private JsonObject importAndWait(byte[] file, String format, String mapping) {
        var started = desk.upload(
                "/api/v1/imports?kind=feedback&format=" + format + "&fileName=test." + format.toLowerCase() + mapping,
                file,
                format.equals("CSV") ? "text/csv" : "application/x-ndjson");
        assertEquals(202, started.status(), started::toString);
        assertEquals("feedback", started.json().getString("kind"));
        return waitFor("/api/v1/imports/" + started.json().getInt("id"));
    }

    private JsonObject waitFor(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonObject status = desk.get(path).json();
            if (!status.getString("status").equals("RUNNING")
                    && !status.getString("status").equals("QUEUED")) {
                return status;
            }
            sleep();
        }
        throw new AssertionError(path + " did not finish in 60 s");
    }

    private static String field(Api.Reply reply) {
        assertEquals(400, reply.status(), reply::toString);
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
