package dev.gemba.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads waiting to be imported are bounded: a size limit (4 MiB on the test server), a number
 * per user, and a cancelled preview deletes its file, over REST and on the import page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StagedUploadsIT {

    /** The test server's data directory (ear/pom.xml), on this machine. */
    static final Path IMPORTS = Path.of("target", "it-data", "imports");

    private static final String PASSWORD = "tulip-quarry-Denim-47";

    private final List<String> tokens = new ArrayList<>();
    private String deskUser;
    private Api desk;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    /** A service-desk user of each test's own, so that other tests' uploads do not count. */
    @BeforeEach
    void aServiceDeskUser() {
        deskUser = "stage" + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.as("admin")
                .post(
                        "/api/v1/users",
                        "{\"username\":\"" + deskUser + "\",\"displayName\":\"Stan Stage\",\"enabled\":true,"
                                + "\"roles\":[\"SERVICE_DESK\"],\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created::toString);
        desk = Api.as(deskUser, PASSWORD);
    }

    @AfterEach
    void cancelWhatIsLeft() {
        tokens.forEach(t -> desk.delete("/api/v1/imports/preview/" + t));
    }

    private Api.Reply preview(Api as) {
        var reply = as.upload("/api/v1/imports/preview?kind=feedback&format=CSV", "Comment\nstaged row\n", "text/csv");
        if (reply.status() == 200) {
            tokens.add(reply.json().getString("token"));
        }
        return reply;
    }

    static long stagedFiles() throws IOException {
        if (!Files.isDirectory(IMPORTS)) {
            return 0; // nothing staged yet on a fresh server
        }
        try (var files = Files.list(IMPORTS)) {
            return files.filter(f -> f.getFileName().toString().startsWith("staged-"))
                    .count();
        }
    }

    @Test
    void aCancelledPreviewDeletesItsFile() throws Exception {
        long before = stagedFiles();
        String token = preview(desk).json().getString("token");
        assertEquals(before + 1, stagedFiles());
        assertEquals(204, desk.delete("/api/v1/imports/preview/" + token).status());
        assertEquals(before, stagedFiles());
        var start =
                desk.upload("/api/v1/imports?kind=feedback&format=CSV&map.text=Comment&token=" + token, "", "text/csv");
        assertEquals(400, start.status(), "the file is gone: " + start);
        assertEquals(404, desk.delete("/api/v1/imports/preview/" + token).status());
    }

    @Test
    void onlyTheUploaderCanStartOrCancelTheirStagedFile() {
        String token = preview(desk).json().getString("token");
        var admin = Api.as("admin");
        assertEquals(404, admin.delete("/api/v1/imports/preview/" + token).status());
        var start = admin.upload(
                "/api/v1/imports?kind=feedback&format=CSV&map.text=Comment&token=" + token, "", "text/csv");
        assertEquals(400, start.status(), start::toString);
        assertEquals(
                "token", start.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void eachUserMayKeepFiveStagedFilesAtOnce() {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, preview(desk).status());
        }
        var sixth = preview(desk);
        assertEquals(400, sixth.status(), sixth::toString);
        assertEquals(
                "file", sixth.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        var integration = Api.as("integration");
        var other = preview(integration);
        assertEquals(200, other.status(), "other users are not affected");
        tokens.remove(tokens.size() - 1);
        assertEquals(
                204,
                integration
                        .delete("/api/v1/imports/preview/" + other.json().getString("token"))
                        .status());
        assertEquals(
                204, desk.delete("/api/v1/imports/preview/" + tokens.remove(0)).status());
        assertEquals(200, preview(desk).status(), "after cancelling one there is room again");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndNothingIsKept() throws Exception {
        long before = stagedFiles();
        var body = new StringBuilder("Comment\n");
        while (body.length() <= 4 * 1024 * 1024) {
            body.append("a row that is long enough to fill the file quickly, again and again\n");
        }
        var reply = desk.upload("/api/v1/imports/preview?kind=feedback&format=CSV", body.toString(), "text/csv");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "file", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, stagedFiles());
    }

    @Test
    void cancellingOnTheImportPageDeletesTheFile() throws Exception {
        long before = stagedFiles();
        Path file = Files.createTempFile("cancel", ".csv");
        Files.writeString(file, "Comment\ncancelled on the page\n");
        try (Browser browser = new Browser()) {
            browser.signIn(deskUser, PASSWORD);
            browser.open("/importing/import.xhtml");
            browser.chooseFile(file);
            browser.byId("previewTitle");
            assertEquals(before + 1, stagedFiles());
            browser.click("import:cancel");
            browser.waitUntilGone("previewTitle");
            assertEquals(before, stagedFiles());
            assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors()::toString);
        }
    }
}
