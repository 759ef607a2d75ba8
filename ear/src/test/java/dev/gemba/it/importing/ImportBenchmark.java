package dev.gemba.it.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;

import dev.gemba.importing.boundary.ImportPreview;
import dev.gemba.importing.boundary.ImportService;
import dev.gemba.importing.boundary.ImportStatus;
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
 * Load test for bulk import (issue 5): a generated file of BENCH_ROWS rows (default 1,000,000)
 * through the real batch job inside WildFly, with the heap sampled every second to show that
 * memory stays flat. Not part of the suite; run by bench/import.sh, which also times PostgreSQL's
 * COPY of the same file as the baseline. Writes ear/target/benchmarks/import.txt.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBenchmark {

    @EJB
    ImportService imports;

    @EJB
    RunAsAdmin admin;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(ImportBenchmark.class, RunAsAdmin.class);
    }

    @Test
    void importAGeneratedFile() throws Exception {
        Path dir = Path.of(System.getProperty("jboss.home.dir"), "..", "benchmarks");
        Files.createDirectories(dir);
        Path file = dir.resolve("feedback-import.csv");
        long rows = Long.parseLong(System.getenv().getOrDefault("BENCH_ROWS", "1000000"));
        if (!Files.exists(file)) {
            write(file, rows);
        }
        System.gc();
        long heapBefore = liveHeapAfterGc();

        Instant start = Instant.now();
        ImportPreview staged;
        try (var in = Files.newInputStream(file)) {
            staged = admin.call(() -> imports.stage("feedback", Map.of(), in, "bench.csv", ImportFormat.CSV));
        }
        Instant stagedAt = Instant.now();
        ImportStatus created = admin.call(() -> imports.create(
                "feedback",
                Map.of("defaultChannel", "EMAIL"),
                staged.token(),
                "bench.csv",
                ImportFormat.CSV,
                Map.of("externalId", "Ticket", "receivedAt", "Created", "text", "Comment", "services", "Service"),
                "UTC"));
        admin.call(() -> imports.launch(created.id()));
        List<Long> heap = new ArrayList<>();
        ImportStatus status;
        do {
            Thread.sleep(1000);
            heap.add(liveHeapAfterGc());
            status = admin.call(() -> imports.status(created.id()));
        } while (status.status() == ImportState.RUNNING || status.status() == ImportState.QUEUED);
        Duration took = Duration.between(start, Instant.now());
        assertEquals(ImportState.COMPLETED, status.status(), String.valueOf(status.error()));
        assertEquals(rows, status.rowsImported());

        long max = heap.stream().mapToLong(Long::longValue).max().orElse(0);
        int tenth = Math.max(1, heap.size() / 10);
        long firstTenthMax =
                heap.subList(0, tenth).stream().mapToLong(Long::longValue).max().orElse(0);
        long lastTenthMax = heap.subList(heap.size() - tenth, heap.size()).stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        String report = String.format(
                "Import benchmark: %d rows, %.1f MB file%n"
                        + "  stage (upload copy + count pass)  %6.1f s%n"
                        + "  whole import (stage, mapping check, batch job) %6.1f s = %.0f rows/s%n"
                        + "  heap live after GC: before %d MB, max while importing %d MB;"
                        + " max in first tenth %d MB, in last tenth %d MB (%d samples, one per second)%n",
                rows,
                Files.size(file) / 1e6,
                Duration.between(start, stagedAt).toMillis() / 1000.0,
                took.toMillis() / 1000.0,
                rows / (took.toMillis() / 1000.0),
                heapBefore >> 20,
                max >> 20,
                firstTenthMax >> 20,
                lastTenthMax >> 20,
                heap.size());
        System.out.print(report);
        Files.writeString(dir.resolve("import.txt"), report);
    }

    /** Heap still in use after each pool's latest collection: the live set, not garbage awaiting GC. */
    static long liveHeapAfterGc() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null)
                .mapToLong(p -> p.getCollectionUsage().getUsed())
                .sum();
    }

    /** Ticket comments as an ITSM exports them; the same rows bench/import.sh gives to COPY. */
    static void write(Path file, long rows) throws Exception {
        String[] services = {"ERP", "CRM", "Email and Calendar", "VPN and Remote Access", "Printing"};
        String[] texts = {
            "VPN drops every morning, please fix",
            "Thanks, the laptop swap was quick",
            "Password reset worked first time",
            "ERP month-end run was slow again",
            "Printer on floor 3 jams, \"urgent\""
        };
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Ticket,Created,Service,Comment\n");
            for (long i = 1; i <= rows; i++) {
                String text = texts[(int) (i % texts.length)].replace("\"", "\"\"");
                out.write("INC" + i + ",2026-0" + (1 + i % 9) + "-1" + (i % 10) + " 10:" + (10 + i % 50) + ","
                        + services[(int) (i % services.length)] + ",\"" + text + " #" + i + "\"\n");
            }
        }
    }
}
