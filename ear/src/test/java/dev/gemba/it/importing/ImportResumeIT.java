package dev.gemba.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;

import dev.gemba.importing.boundary.ImportPreview;
import dev.gemba.importing.boundary.ImportService;
import dev.gemba.importing.boundary.ImportStatus;
import dev.gemba.importing.control.ImportRunner;
import dev.gemba.importing.entity.ImportFormat;
import dev.gemba.importing.entity.ImportState;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An import that a crashed node left half done is resumed by another execution, which starts
 * after the last committed row: rows before it are not read again, the rest are imported once.
 */
@ExtendWith(ArquillianExtension.class)
class ImportResumeIT {

    @EJB
    ImportService imports;

    @EJB
    ImportRunner runner;

    @EJB
    RunAsAdmin admin;

    @EJB
    ImportCrash crash;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(ImportResumeIT.class, RunAsAdmin.class, ImportCrash.class);
    }

    @Test
    void aCrashedImportContinuesAfterItsLastCommittedRow() throws Exception {
        String marker = "resume" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("Id,Comment\n");
        for (int i = 1; i <= 10; i++) {
            csv.append(marker)
                    .append('-')
                    .append(i)
                    .append(",Row ")
                    .append(i)
                    .append(' ')
                    .append(marker)
                    .append('\n');
        }
        ImportPreview staged = admin.call(() -> imports.stage(
                "feedback",
                Map.of(),
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "crash.csv",
                ImportFormat.CSV));
        ImportStatus created = admin.call(() -> imports.create(
                "feedback",
                Map.of("defaultChannel", "EMAIL"),
                staged.token(),
                "crash.csv",
                ImportFormat.CSV,
                Map.of("text", "Comment", "externalId", "Id"),
                "UTC"));

        // rows 2..6 (the first five data rows) were committed before the node died
        crash.leaveRunning(created.id(), 6);
        runner.resumeStale(Instant.now());

        ImportStatus done = waitUntilFinished(created.id());
        assertEquals(ImportState.COMPLETED, done.status());
        assertEquals(5, done.rowsImported(), "only the rows after the checkpoint");
        assertEquals(5, crash.feedbackContaining(marker));
        assertEquals(0, runner.resumeStale(Instant.now()), "nothing left to resume");
    }

    private ImportStatus waitUntilFinished(long id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ImportStatus status = admin.call(() -> imports.status(id));
            if (status.status() == ImportState.COMPLETED || status.status() == ImportState.FAILED) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " was not resumed within 60 s");
    }
}
