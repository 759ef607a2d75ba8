package dev.gemba.it.touchpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsViewer;
import dev.gemba.platform.control.GembaDataSource;
import dev.gemba.touchpoint.boundary.CoverageDimension;
import dev.gemba.touchpoint.boundary.CoverageMatrix;
import dev.gemba.touchpoint.boundary.CoverageService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Load test for the coverage matrix (issue: 200 services × 5 phases over 100,000 touchpoints):
 * Gemba's CoverageService against the best hand-written SQL for the same numbers, interleaved in
 * the same server and run. Not part of the test suite (its name does not end in IT): run it with
 * bench/coverage.sh, which writes ear/target/benchmarks/coverage.txt. Asserts only that both paths
 * compute the same numbers; the figures go to BENCHMARKS.md.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageBenchmark {

    static final int SERVICES = 200;
    static final int UNITS = 40;
    static final int TOUCHPOINTS = 100_000;
    static final int WARMUP = 15;
    static final int ROUNDS = 60;
    static final long ID_BASE = 50_000_000L;
    static final String[] PHASES = {"STRATEGY", "DESIGN", "TRANSITION", "OPERATION", "CSI"};

    @Resource(lookup = GembaDataSource.JNDI_NAME)
    DataSource dataSource;

    @EJB
    CoverageService coverage;

    @EJB
    RunAsViewer viewer;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(CoverageBenchmark.class, RunAsViewer.class);
    }

    @Test
    void coverageAgainstHandWrittenSql() throws Exception {
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant from = to.minus(182, ChronoUnit.DAYS);
        long seeded = seed(from, to);

        CoverageMatrix matrix = viewer.call(() -> coverage.coverage(CoverageDimension.SERVICE, from, to, 90));
        Map<String, long[]> byHand = handWritten(from, to);
        assertSameNumbers(matrix, byHand);

        long[] service = new long[ROUNDS];
        long[] sql = new long[ROUNDS];
        for (int i = 0; i < WARMUP + ROUNDS; i++) {
            // alternate which goes first so caches favour neither
            long a;
            long b;
            if (i % 2 == 0) {
                a = timeService(from, to);
                b = timeSql(from, to);
            } else {
                b = timeSql(from, to);
                a = timeService(from, to);
            }
            if (i >= WARMUP) {
                service[i - WARMUP] = a;
                sql[i - WARMUP] = b;
            }
        }
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
        }
        String report = String.format(
                "Coverage benchmark (%s): %d touchpoints in the period, %d rows x 5 phases, %d rounds after %d warm-up%n"
                        + "  CoverageService.coverage  p50 %6.1f ms  p95 %6.1f ms%n"
                        + "  hand-written SQL          p50 %6.1f ms  p95 %6.1f ms%n"
                        + "  ratio p95 service / SQL   %.2f%n",
                database,
                seeded,
                matrix.rows().size(),
                ROUNDS,
                WARMUP,
                ms(percentile(service, 50)),
                ms(percentile(service, 95)),
                ms(percentile(sql, 50)),
                ms(percentile(sql, 95)),
                (double) percentile(service, 95) / percentile(sql, 95));
        System.out.print(report);
        // runs inside the server: ear/target/server/../benchmarks
        Path out = Path.of(System.getProperty("jboss.home.dir"), "..", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("coverage.txt"), report);
    }

    private long timeService(Instant from, Instant to) throws Exception {
        long start = System.nanoTime();
        viewer.call(() -> coverage.coverage(CoverageDimension.SERVICE, from, to, 90));
        return System.nanoTime() - start;
    }

    private long timeSql(Instant from, Instant to) throws Exception {
        long start = System.nanoTime();
        handWritten(from, to);
        return System.nanoTime() - start;
    }

    /**
     * The same numbers in plain JDBC, written as well as we can: one aggregate pass with the
     * information mask, then the checklist; "service:phase" keys to {touchpoints, last, missing}.
     */
    private Map<String, long[]> handWritten(Instant from, Instant to) throws SQLException {
        Map<String, long[]> cells = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (var s = c.createStatement();
                    ResultSet r = s.executeQuery("select id from it_service order by name_key")) {
                while (r.next()) {
                    for (String phase : PHASES) {
                        cells.put(r.getLong(1) + ":" + phase, new long[] {0, 0, 0});
                    }
                }
            }
            Map<String, Long> masks = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "select ts.service_id, t.phase, count(*), max(t.occurred_at), bit_or(t.information_mask)"
                            + " from touchpoint t join touchpoint_service ts on ts.touchpoint_id = t.id"
                            + " where t.occurred_at >= ? and t.occurred_at < ? group by ts.service_id, t.phase")) {
                p.setObject(1, from.atOffset(java.time.ZoneOffset.UTC));
                p.setObject(2, to.atOffset(java.time.ZoneOffset.UTC));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String key = r.getLong(1) + ":" + r.getString(2);
                        long[] cell = cells.get(key);
                        cell[0] = r.getLong(3);
                        cell[1] = r.getObject(4, java.time.OffsetDateTime.class)
                                .toInstant()
                                .toEpochMilli();
                        masks.put(key, r.getLong(5));
                    }
                }
            }
            Map<String, List<Integer>> checklist = new HashMap<>();
            try (var s = c.createStatement();
                    ResultSet r =
                            s.executeQuery("select phase, position from information_item where retired = false")) {
                while (r.next()) {
                    checklist
                            .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(r.getInt(2));
                }
            }
            cells.forEach((key, cell) -> {
                long mask = masks.getOrDefault(key, 0L);
                cell[2] = checklist.getOrDefault(key.substring(key.indexOf(':') + 1), List.of()).stream()
                        .filter(position -> (mask & (1L << position)) == 0)
                        .count();
            });
        }
        return cells;
    }

    private static void assertSameNumbers(CoverageMatrix matrix, Map<String, long[]> byHand) {
        assertEquals(byHand.size(), matrix.rows().size() * PHASES.length);
        for (var row : matrix.rows()) {
            for (var cell : row.cells()) {
                long[] expected = byHand.get(row.id() + ":" + cell.phase());
                assertEquals(expected[0], cell.touchpoints(), row.name() + " " + cell.phase());
                assertEquals(
                        expected[1], cell.lastAt() == null ? 0 : cell.lastAt().toEpochMilli());
                assertEquals(expected[2], cell.missingInformation().size(), row.name() + " " + cell.phase());
            }
        }
    }

    /** 200 services, 40 business units and 100,000 touchpoints spread over the period, in JDBC batches. */
    private long seed(Instant from, Instant to) throws SQLException {
        var random = new Random(42);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, List<Long>> types = idsByPhase(c, "touchpoint_type");
            Map<String, List<Long>> items = idsByPhase(c, "information_item");
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement p = c.prepareStatement(
                    "insert into it_service (id, name, name_key, criticality,"
                            + " lifecycle_status, created_at, updated_at, version) values (?, ?, ?, 'MEDIUM', 'LIVE', ?, ?, 0)")) {
                for (int i = 0; i < SERVICES; i++) {
                    p.setLong(1, ID_BASE + i);
                    p.setString(2, "Bench service " + i);
                    p.setString(3, "bench service " + i);
                    p.setTimestamp(4, now);
                    p.setTimestamp(5, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("insert into business_unit (id, name, name_key, created_at,"
                    + " updated_at, version) values (?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < UNITS; i++) {
                    p.setLong(1, ID_BASE + i);
                    p.setString(2, "Bench unit " + i);
                    p.setString(3, "bench unit " + i);
                    p.setTimestamp(4, now);
                    p.setTimestamp(5, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
            long span = to.toEpochMilli() - from.toEpochMilli();
            try (PreparedStatement t = c.prepareStatement("insert into touchpoint (id, occurred_at, phase, type_id,"
                            + " business_unit_id, channel, summary, created_by, created_at, updated_by, updated_at, version,"
                            + " information_mask) values (?, ?, ?, ?, ?, 'MEETING', ?, 'bench', ?, 'bench', ?, 0, ?)");
                    PreparedStatement s = c.prepareStatement(
                            "insert into touchpoint_service (touchpoint_id, service_id) values (?, ?)");
                    PreparedStatement info = c.prepareStatement(
                            "insert into touchpoint_information (touchpoint_id, information_item_id) values (?, ?)")) {
                for (int i = 0; i < TOUCHPOINTS; i++) {
                    long id = ID_BASE + i;
                    // Operation is the most frequent phase, Strategy the rarest: like real data
                    String phase = PHASES[Math.min(4, (int) Math.floor(Math.sqrt(random.nextInt(25))))];
                    List<Long> phaseTypes = types.get(phase);
                    t.setLong(1, id);
                    t.setTimestamp(2, new Timestamp(from.toEpochMilli() + (long) (random.nextDouble() * span)));
                    t.setString(3, phase);
                    t.setLong(4, phaseTypes.get(random.nextInt(phaseTypes.size())));
                    t.setLong(5, ID_BASE + random.nextInt(UNITS));
                    t.setString(6, "Bench touchpoint " + i);
                    t.setTimestamp(7, now);
                    t.setTimestamp(8, now);
                    // seeded checklist entries sit at positions 0..n-1 of their phase (ordered by position)
                    List<Long> phaseItems = items.get(phase);
                    long mask = 0;
                    for (long item : distinct(random, random.nextInt(3), phaseItems.size())) {
                        info.setLong(1, id);
                        info.setLong(2, phaseItems.get((int) item));
                        info.addBatch();
                        mask |= 1L << item;
                    }
                    t.setLong(9, mask);
                    t.addBatch();
                    for (long service : distinct(random, 1 + random.nextInt(3), SERVICES)) {
                        s.setLong(1, id);
                        s.setLong(2, ID_BASE + service);
                        s.addBatch();
                    }
                    if (i % 1000 == 999) {
                        t.executeBatch();
                        s.executeBatch();
                        info.executeBatch();
                        c.commit();
                    }
                }
                t.executeBatch();
                s.executeBatch();
                info.executeBatch();
                c.commit();
            }
            try (var st = c.createStatement()) {
                if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                    st.execute("analyze");
                }
            }
            c.commit();
        }
        return TOUCHPOINTS;
    }

    private static long[] distinct(Random random, int count, int bound) {
        Set<Long> picked = new HashSet<>();
        while (picked.size() < Math.min(count, bound)) {
            picked.add((long) random.nextInt(bound));
        }
        return picked.stream().mapToLong(Long::longValue).toArray();
    }

    private static Map<String, List<Long>> idsByPhase(Connection c, String table) throws SQLException {
        Map<String, List<Long>> ids = new HashMap<>();
        try (var s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "select phase, id from " + table + " where retired = false order by position, id")) {
            while (r.next()) {
                ids.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getLong(2));
            }
        }
        return ids;
    }

    private static long percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
