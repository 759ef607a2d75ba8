package dev.gemba.it.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import dev.gemba.feedback.insight.Granularity;
import dev.gemba.feedback.insight.InsightService;
import dev.gemba.finding.boundary.FindingQuery;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.improvement.boundary.ImprovementQuery;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import dev.gemba.it.RunAsViewer;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.control.GembaDataSource;
import dev.gemba.review.boundary.ActionForm;
import dev.gemba.review.boundary.MinutesService;
import dev.gemba.review.boundary.ReviewExports;
import dev.gemba.review.boundary.ReviewForm;
import dev.gemba.review.boundary.ReviewPack;
import dev.gemba.review.boundary.ReviewService;
import dev.gemba.review.control.PackDocument;
import dev.gemba.review.control.PdfRenderer;
import dev.gemba.servicelevel.boundary.ServiceLevelService;
import dev.gemba.survey.boundary.ScoreDimension;
import dev.gemba.survey.boundary.ScoreQuery;
import dev.gemba.survey.boundary.SurveyScoreService;
import dev.gemba.touchpoint.boundary.CoverageDimension;
import dev.gemba.touchpoint.boundary.CoverageService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Load test of issue 19, item 9, on PostgreSQL: generating the review pack of a business unit that
 * consumes 20 services ({@code ReviewService.pack}, what the review page and GET .../pack call) and
 * its PDF ({@code ReviewExports.packPdf}, what GET .../pack.pdf calls, and the rendering alone) at
 * BENCH_ROWS (default 1,000,000) feedback items and 100,000 touchpoints. Seeded with generate_series
 * and a fixed setseed; not part of the test suite (its name does not end in IT): bench/review-pack.sh
 * runs it and writes ear/target/benchmarks/review-pack.txt.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewPackBenchmark {

    static final int SERVICES = 200;
    static final int UNITS = 40;
    static final int CONSUMED = 20;
    static final int TOUCHPOINTS = 100_000;
    static final int RESPONSES = 50_000;
    static final int FINDINGS = 2_000;
    static final int EVIDENCE_PER_FINDING = 20;
    static final int ITEMS = 2_000;
    static final int UNIT_ITEMS = 40;
    static final int MONTHS = 12;
    static final int WARMUP = 10;
    static final int ROUNDS = 40;
    static final long ID_BASE = 90_000_000L;
    /** The reviewed unit: it consumes services 1 to 20. */
    static final long UNIT = ID_BASE + 1;

    static final String[] TOPICS = {
        "access-accounts",
        "business-applications",
        "change-release-impact",
        "communication-status",
        "cost-licensing",
        "email-collaboration",
        "hardware-devices",
        "network-connectivity",
        "performance-availability",
        "self-service-knowledge-base",
        "service-desk-responsiveness",
        "staff-knowledge-attitude",
        "training-documentation"
    };

    @Resource(lookup = GembaDataSource.JNDI_NAME)
    DataSource dataSource;

    @EJB
    ReviewService reviews;

    @EJB
    MinutesService minutes;

    @EJB
    ReviewExports exports;

    @EJB
    ServiceLevelService serviceLevels;

    @EJB
    SurveyScoreService scores;

    @EJB
    InsightService insights;

    @EJB
    FindingService findings;

    @EJB
    ImprovementService improvements;

    @EJB
    CoverageService coverage;

    @EJB
    RunAsViewer viewer;

    @EJB
    RunAsAdmin admin;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(ReviewPackBenchmark.class, RunAsViewer.class, RunAsAdmin.class);
    }

    @Test
    void packAndPdfOfAUnitConsumingTwentyServices() throws Exception {
        long rows = Long.parseLong(System.getenv().getOrDefault("BENCH_ROWS", "1000000"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // a quarterly review of the last three full months, held next week
        LocalDate from = YearMonth.from(today).minusMonths(3).atDay(1);
        LocalDate to = YearMonth.from(today).minusMonths(1).atEndOfMonth();
        long seedStart = System.nanoTime();
        long reviewId;
        Long seeded = seededReview();
        if (seeded == null) {
            seed(rows);
            reviewId = reviews(from, to);
        } else { // a re-run with -Dit.db.reset=false: the data and reviews of the run before
            reviewId = seeded;
        }
        // as autovacuum does after bulk inserts: the visibility map lets PostgreSQL scan indexes alone
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement()) {
            s.execute("vacuum analyze");
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        ReviewPack pack = viewer.call(() -> reviews.pack(reviewId));
        check(pack, from, to);
        byte[] pdf = viewer.call(() -> exports.packPdf(reviewId));
        var details = viewer.call(() -> reviews.get(reviewId));
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("Bench unit 1"), text);
        assertTrue(text.contains("SLA-B1 "), text);

        StringBuilder report = new StringBuilder();
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion();
        }
        report.append(String.format(
                Locale.ROOT,
                "Review pack benchmark (%s): %d feedback items, %d touchpoints, %d services, %d business units,"
                        + " %d survey responses, %d findings, %d improvement items (seeded in %.0f s)%n"
                        + "  the unit consumes %d services; period %s to %s: %d SLA/OLA lines, %d tier lines,"
                        + " %d analysed feedback items, %d survey responses, %d findings, %d improvement items"
                        + " (%d delivered), %d open actions, %d coverage lines; PDF %d pages, %d KB%n"
                        + "  %d rounds after %d warm-up each%n",
                database,
                rows,
                TOUCHPOINTS,
                SERVICES,
                UNITS,
                RESPONSES,
                FINDINGS,
                ITEMS,
                seedSeconds,
                CONSUMED,
                from,
                to,
                pack.serviceLevels().lines().size(),
                pack.serviceLevels().tiers().size(),
                pack.feedback().analysed(),
                pack.surveys().responses(),
                pack.findings().size(),
                pack.improvements().size(),
                pack.youSaidWeDid().size(),
                pack.openActions().size(),
                pack.coverageGaps().size(),
                pages(pdf),
                pdf.length / 1024,
                ROUNDS,
                WARMUP));
        time(report, "generate the pack (ReviewService.pack)", () -> viewer.call(() -> reviews.pack(reviewId)));
        time(
                report,
                "pack as PDF, end to end (ReviewExports.packPdf)",
                () -> viewer.call(() -> exports.packPdf(reviewId)));
        time(
                report,
                "PDF rendering alone (PackDocument + PdfRenderer)",
                () -> PdfRenderer.render(PackDocument.of(details, pack)));
        breakdown(report, from, to);
        System.out.print(report);
        Path out = Path.of(System.getProperty("jboss.home.dir"), "..", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("review-pack.txt"), report.toString());
    }

    /** Where the time goes: the features' boundary calls the pack makes, each alone, median of 10. */
    private void breakdown(StringBuilder report, LocalDate from, LocalDate to) throws Exception {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        report.append("  breakdown (median of 10, each call alone):\n");
        part(
                report,
                "SLA/OLA compliance of the unit",
                () -> serviceLevels.complianceForUnit(UNIT, YearMonth.from(from), YearMonth.from(to)));
        part(report, "survey scores (period and trend)", () -> {
            scores.scores(new ScoreQuery(ScoreDimension.BUSINESS_UNIT, start, end, null, null, UNIT));
            return scores.scores(new ScoreQuery(
                    ScoreDimension.MONTH,
                    start.atOffset(ZoneOffset.UTC).minusMonths(5).toInstant(),
                    end,
                    null,
                    null,
                    UNIT));
        });
        part(
                report,
                "feedback sentiment and top 5 topics",
                () -> insights.topTopics(null, UNIT, start, end, Granularity.MONTH, 5));
        part(
                report,
                "findings of the unit (first 200)",
                () -> findings.search(new FindingQuery(null, UNIT, null, null), new PageRequest(0, 200, null, false)));
        part(
                report,
                "improvement items of the unit (first 200)",
                () -> improvements.search(
                        new ImprovementQuery(null, null, null, null, UNIT, null),
                        new PageRequest(0, 200, "number", false)));
        var unitItems = viewer.call(() -> improvements.search(
                        new ImprovementQuery(null, null, null, null, UNIT, null),
                        new PageRequest(0, 200, "number", false)))
                .items();
        part(report, "each of those items' details (" + unitItems.size() + " calls)", () -> {
            unitItems.forEach(i -> improvements.get(i.id()));
            return null;
        });
        var delivered = unitItems.stream()
                .filter(i -> List.of("DELIVERED", "BENEFITS_REVIEW", "CLOSED")
                        .contains(i.status().name()))
                .toList();
        part(report, "delivered items' outcomes, links, verbatims (" + delivered.size() + ")", () -> {
            for (var i : delivered) {
                improvements.outcome(i.id(), false);
                for (var link : improvements.findings(i.id())) {
                    findings.verbatims(link.findingId());
                }
            }
            return null;
        });
        part(
                report,
                "coverage of the unit",
                () -> coverage.coverageOf(CoverageDimension.BUSINESS_UNIT, UNIT, start, end, null));
    }

    private void part(StringBuilder report, String what, Callable<?> call) throws Exception {
        long[] nanos = new long[10];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            viewer.call(call);
            nanos[i] = System.nanoTime() - t;
        }
        report.append(String.format(Locale.ROOT, "    %-50s %7.1f ms%n", what, ms(nanos, 50)));
    }

    private static void time(StringBuilder report, String what, Callable<?> call) throws Exception {
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < WARMUP + ROUNDS; i++) {
            long start = System.nanoTime();
            call.call();
            if (i >= WARMUP) {
                nanos[i - WARMUP] = System.nanoTime() - start;
            }
        }
        report.append(String.format(
                Locale.ROOT,
                "  %-52s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n",
                what,
                ms(nanos, 50),
                ms(nanos, 95),
                ms(nanos, 100)));
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static int pages(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** The pack's headline figures against plain SQL over the seeded data. */
    private void check(ReviewPack pack, LocalDate from, LocalDate to) throws SQLException {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertEquals(
                count(
                        "select count(*) from feedback f where f.analysis_status = 'ANALYSED' and f.received_at >= ?"
                                + " and f.received_at < ? and f.business_unit_id = " + UNIT,
                        start,
                        end),
                pack.feedback().analysed());
        assertEquals(
                count(
                        "select count(*) from survey_response r where r.submitted_at >= ? and r.submitted_at < ?"
                                + " and r.business_unit_id = " + UNIT,
                        start,
                        end),
                pack.surveys().responses());
        // every target of the unit's SLA, the SLAs with all units and the OLAs of its 20 services
        assertEquals(
                count("select count(*) from agreement_target t join service_agreement a on a.id = t.agreement_id"
                        + " where a.service_id between " + (ID_BASE + 1) + " and " + (ID_BASE + CONSUMED)
                        + " and (a.business_unit_id is null or a.business_unit_id = " + UNIT + ")"
                        + " and t.kind not like 'LEVEL%'"),
                pack.serviceLevels().lines().stream()
                        .filter(l -> !l.target().startsWith("LEVEL"))
                        .count());
        assertEquals(
                count(
                        "select count(*) from improvement_item i join improvement_business_unit b on b.item_id = i.id"
                                + " where b.business_unit_id = " + UNIT + " and i.status <> 'REJECTED'"
                                + " and (i.delivered_at is null or i.delivered_at < ?)",
                        end),
                pack.improvements().size());
        assertTrue(pack.youSaidWeDid().stream().anyMatch(i -> i.customerSaid() != null), pack::toString);
        assertEquals(3, pack.openActions().size(), pack::toString);
        assertEquals(5, pack.feedback().topTopics().size(), pack::toString);
    }

    private long count(String sql, Instant... at) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < at.length; i++) {
                p.setObject(i + 1, at[i].atOffset(ZoneOffset.UTC));
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The benchmarked review of a run before on the same database, or null. */
    private Long seededReview() throws SQLException {
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement();
                ResultSet r = s.executeQuery("select max(id) from service_review where business_unit_id = " + UNIT
                        + " and title = 'Quarterly review'")) {
            r.next();
            long id = r.getLong(1);
            return r.wasNull() ? null : id;
        }
    }

    /**
     * The previous review (published, three open actions agreed) and the one benchmarked, through
     * the review services as a relationship manager's would be; returns the benchmarked review's id.
     */
    private long reviews(LocalDate from, LocalDate to) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var previous = admin.call(() -> reviews.schedule(new ReviewForm(
                UNIT,
                null,
                "Previous quarter",
                from.atStartOfDay(ZoneOffset.UTC).toInstant().plus(10, ChronoUnit.DAYS),
                from.minusMonths(3),
                from.minusDays(1),
                List.of("rm", "desk"),
                List.of("Jürgen Groß"),
                null)));
        var published = admin.call(() -> reviews.publish(previous.id(), previous.version()));
        for (int i = 1; i <= 3; i++) {
            int n = i;
            admin.call(() -> minutes.addAction(
                    published.id(),
                    new ActionForm(
                            null,
                            "Action " + n + " für Jürgen",
                            "rm",
                            LocalDate.now().plusDays(7L * n))));
        }
        var review = admin.call(() -> reviews.schedule(new ReviewForm(
                UNIT,
                null,
                "Quarterly review",
                now.plus(7, ChronoUnit.DAYS),
                from,
                to,
                List.of("rm", "desk"),
                List.of("Jürgen Groß", "Anna Müller"),
                null)));
        return review.id();
    }

    /**
     * In SQL with generate_series and a fixed random seed: 200 services, 40 units (unit 1 consumes
     * services 1–20, every other unit 5), BENCH_ROWS analysed feedback items over the last 365 days
     * (unit 1's on its own services), 100,000 touchpoints, per service an SLA with all units and an
     * OLA, for unit 1 an SLA of its own on each of its services, 13 months of measurements of every
     * target, 50,000 survey responses, 2,000 findings with 20 linked feedback items each, 2,000
     * improvement items (40 affecting unit 1, a finding linked to each).
     */
    private void seed(long rows) throws SQLException {
        String topics = "array['" + String.join("','", TOPICS) + "']";
        String ago = "now() - random() * interval '365 days'";
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select setseed(0.19)");
            s.execute("insert into it_service (id, name, name_key, criticality, lifecycle_status, created_at,"
                    + " updated_at, version) select " + ID_BASE + " + g, 'Bench service ' || g, 'bench service ' || g,"
                    + " 'MEDIUM', 'LIVE', now(), now(), 0 from generate_series(1, " + SERVICES + ") g");
            s.execute("insert into business_unit (id, name, name_key, relationship_manager_id, created_at, updated_at,"
                    + " version) select " + ID_BASE + " + g, 'Bench unit ' || g, 'bench unit ' || g,"
                    + " (select id from app_user where username = 'rm'), now(), now(), 0"
                    + " from generate_series(1, " + UNITS + ") g");
            s.execute("insert into business_unit_service (business_unit_id, service_id) select " + UNIT + ", "
                    + ID_BASE + " + g from generate_series(1, " + CONSUMED + ") g union all select " + ID_BASE
                    + " + u, " + ID_BASE + " + 1 + (u * 7 + k) % " + SERVICES + " from generate_series(2, " + UNITS
                    + ") u, generate_series(1, 5) k");
            // feedback: unit 1's items are about one of its 20 services, the others' about any
            s.execute("create temporary table bench_seed on commit drop as select " + ID_BASE + " + g as id,"
                    + ago + " as at, 1 + floor(random() * " + UNITS + ")::int as unit,"
                    + " 1 + floor(random() * " + SERVICES + ")::int as service,"
                    + " 1 + floor(random() * " + CONSUMED + ")::int as own_service,"
                    + " 1 + floor(random() * 13)::int as topic, random() as mood, random() as conf,"
                    + " floor(random() * 4)::int as tier, floor(random() * 3)::int as contact,"
                    + " floor(random() * 40)::int as phrase from generate_series(1, " + rows + ") g");
            s.execute("insert into feedback (id, received_at, channel, text, contact_email, business_unit_id,"
                    + " support_tier, captured_by, analysis_status, language, sentiment, sentiment_score,"
                    + " sentiment_confidence, model_version, analysed_at, created_at, updated_at, version)"
                    + " select id, at, (array['PHONE','EMAIL','CHAT','WALK_IN'])[1 + id % 4],"
                    + " 'Ticket ' || (id % 100000) || ': ' || (" + topics + ")[topic] || ' issue ' || phrase,"
                    + " case when contact = 0 then 'person' || (id % 20000) || '@example.com' end, " + ID_BASE
                    + " + unit, 'L' || tier, 'bench', 'ANALYSED', 'en',"
                    + " case when mood < 0.35 then 'NEGATIVE' when mood < 0.6 then 'NEUTRAL' when mood < 0.9"
                    + " then 'POSITIVE' else 'MIXED' end, mood * 2 - 1, conf, 'bench-model', at, at, at, 0"
                    + " from bench_seed");
            s.execute("insert into feedback_service (feedback_id, service_id) select id, " + ID_BASE
                    + " + case when unit = 1 then own_service else service end from bench_seed");
            s.execute("insert into feedback_topic (feedback_id, topic, confidence, sentiment) select id, ("
                    + topics + ")[topic], conf, case when mood < 0.35 then 'NEGATIVE' else 'NEUTRAL' end"
                    + " from bench_seed");
            // touchpoints: Operation the most frequent phase, Strategy the rarest
            s.execute("create temporary table bench_type on commit drop as select phase, min(id) as type_id"
                    + " from touchpoint_type group by phase");
            s.execute("create temporary table bench_touch on commit drop as select " + ID_BASE + " + g as id, "
                    + ago + " as at, (array['STRATEGY','DESIGN','DESIGN','TRANSITION','TRANSITION','TRANSITION',"
                    + "'OPERATION','OPERATION','OPERATION','OPERATION','CSI','CSI'])[1 + floor(random() * 12)::int]"
                    + " as phase, 1 + floor(random() * " + UNITS + ")::int as unit, 1 + floor(random() * "
                    + SERVICES + ")::int as service, 1 + floor(random() * " + CONSUMED + ")::int as own_service,"
                    + " floor(random() * 8)::bigint as mask from generate_series(1, " + TOUCHPOINTS + ") g");
            s.execute("insert into touchpoint (id, occurred_at, phase, type_id, business_unit_id, channel, summary,"
                    + " created_by, created_at, updated_by, updated_at, version, information_mask) select t.id, t.at,"
                    + " t.phase, y.type_id, " + ID_BASE + " + t.unit, 'MEETING', 'Bench touchpoint ' || t.id, 'bench',"
                    + " t.at, 'bench', t.at, 0, t.mask from bench_touch t join bench_type y on y.phase = t.phase");
            s.execute("insert into touchpoint_service (touchpoint_id, service_id) select id, " + ID_BASE
                    + " + case when unit = 1 then own_service else service end from bench_touch");
            // agreements: per service an SLA with all units (3 targets) and an OLA (the three tiers);
            // unit 1 has an SLA of its own on each of its services (satisfaction), another unit on the others
            s.execute("insert into service_agreement (id, code, name, kind, service_id, business_unit_id,"
                    + " support_group, created_by, created_at, updated_at, version) select " + ID_BASE
                    + " + g * 3 + k, (array['SLA-A','OLA-A','SLA-B'])[k + 1] || g, (array['Standard','Service desk',"
                    + "'Unit'])[k + 1] || ' ' || g, case when k = 1 then 'OLA' else 'SLA' end, " + ID_BASE + " + g,"
                    + " case when k = 2 then " + ID_BASE + " + case when g <= " + CONSUMED + " then 1 else 2 + g % "
                    + (UNITS - 1) + " end end, case when k = 1 then 'Service Desk' end, 'bench', now(), now(), 0"
                    + " from generate_series(1, " + SERVICES + ") g, generate_series(0, 2) k");
            s.execute("insert into agreement_target (id, agreement_id, position, code, kind, priority, within_minutes,"
                    + " target_value, higher_is_better, at_risk_margin) select a.id * 4 + p, a.id, p, 'T' || p,"
                    + " x.kind, x.priority, x.within, x.target, x.higher, x.margin from service_agreement a"
                    + " join (values ('SLA-A', 0, 'AVAILABILITY', null, null, 99.5, true, 0.2),"
                    + " ('SLA-A', 1, 'RESOLVED_WITHIN', 'P1', 240, 90, true, 2),"
                    + " ('SLA-A', 2, 'RESPONSE_TIME', 'P2', null, 30, false, 5),"
                    + " ('OLA-A', 0, 'LEVEL_1_RESOLUTION', null, null, 80, true, 3),"
                    + " ('OLA-A', 1, 'LEVEL_2_RESOLUTION', null, null, 75, true, 3),"
                    + " ('OLA-A', 2, 'LEVEL_3_SHARE', null, null, 5, false, 1),"
                    + " ('SLA-B', 0, 'CUSTOMER_SATISFACTION', null, null, 85, true, 3))"
                    + " as x(prefix, p, kind, priority, within, target, higher, margin)"
                    + " on a.code like x.prefix || '%' where a.id > " + ID_BASE);
            s.execute("insert into agreement_measurement (id, target_id, period_start, measured, source, recorded_by,"
                    + " recorded_at, version) select t.id * 16 + m, t.id, cast(date_trunc('month', current_date)"
                    + " - m * interval '1 month' as date), round(cast(t.target_value * (0.9 + random() * 0.2)"
                    + " as numeric), 3), 'IMPORT', 'bench', now(), 0 from agreement_target t, generate_series(0, "
                    + MONTHS + ") m where t.id > " + ID_BASE);
            // survey responses to a survey of their own
            s.execute("insert into survey (id, name, kind, anonymous, retired, current_version, created_by,"
                    + " created_at, updated_at, version) values (" + ID_BASE + ", 'Bench survey', 'TRANSACTIONAL',"
                    + " false, false, 1, 'bench', now(), now(), 0)");
            s.execute("insert into survey_version (id, survey_id, number, created_by, created_at) values (" + ID_BASE
                    + ", " + ID_BASE + ", 1, 'bench', now())");
            s.execute("insert into survey_response (id, survey_id, survey_version_id, submitted_at, language,"
                    + " business_unit_id, service_id, support_tier, phase, csat, nps, ces) select " + ID_BASE
                    + " + g, " + ID_BASE + ", " + ID_BASE + ", " + ago + ", 'en', " + ID_BASE + " + 1 + g % " + UNITS
                    + ", " + ID_BASE + " + 1 + g % " + CONSUMED + ", 'L1', 'OPERATION', 1 + floor(random() * 5)::int,"
                    + " floor(random() * 11)::int, 1 + floor(random() * 7)::int from generate_series(1, " + RESPONSES
                    + ") g");
            // findings about units and services, each with 20 linked feedback items of its unit
            s.execute("insert into finding (id, title, statement, service_id, business_unit_id, status, origin,"
                    + " has_query, created_by, created_at, updated_by, updated_at, version) select " + ID_BASE
                    + " + g, 'Bench finding ' || g, 'Generated', " + ID_BASE + " + 1 + g % " + CONSUMED + ", "
                    + ID_BASE + " + 1 + g % " + UNITS + ", (array['OPEN','ADDRESSED','WITHDRAWN'])[1 + g % 3],"
                    + " 'MANUAL', false, 'bench', " + ago + ", 'bench', now(), 0 from generate_series(1, "
                    + FINDINGS + ") g");
            s.execute("insert into finding_evidence (id, finding_id, kind, feedback_id, linked_by, linked_at)"
                    + " select " + ID_BASE + " + (f.id - " + ID_BASE + ") * " + EVIDENCE_PER_FINDING + " + k, f.id,"
                    + " 'FEEDBACK', " + ID_BASE + " + 1 + ((f.id - " + ID_BASE + ") * 487 + k * 13) % " + rows + ","
                    + " 'bench', f.created_at from finding f, generate_series(1, " + EVIDENCE_PER_FINDING + ") k"
                    + " where f.id > " + ID_BASE);
            // improvement items: 40 affect unit 1 (every status), the others one unit each
            s.execute("insert into improvement_item (id, number, title, description, status, closure, raised_by,"
                    + " raised_at, owner, item_type, effort, target_date, kpi_kind, kpi_business_unit_id,"
                    + " kpi_window_days, kpi_higher_is_better, baseline_value, baseline_n, baseline_a, baseline_b,"
                    + " baseline_from, baseline_to, approved_at, delivered_at, reach_people, reach_units,"
                    + " impact_value, evidence_n, evidence_sources, score, score_computed_at, created_at,"
                    + " updated_at, version) select " + ID_BASE + " + g, 100000 + g, 'Bench improvement ' || g,"
                    + " 'Generated', x.status, case when x.status = 'CLOSED' then 'SUCCESSFUL' end, 'bench',"
                    + " now() - interval '300 days', 'rm', (array['PEOPLE','PROCESS','TECHNOLOGY',"
                    + "'AUTOMATION_SHIFT_LEFT'])[1 + g % 4], (array['S','M','L','XL'])[1 + g % 4],"
                    + " current_date + (g % 90), 'NEGATIVE_SHARE', " + ID_BASE + " + 1 + g % " + UNITS + ", 28, false,"
                    + " case when x.approved then 0.35 end, case when x.approved then 400 end,"
                    + " case when x.approved then 140 end, case when x.approved then 400 end,"
                    + " case when x.approved then now() - interval '200 days' end,"
                    + " case when x.approved then now() - interval '172 days' end,"
                    + " case when x.approved then now() - interval '170 days' end,"
                    + " case when x.delivered then now() - interval '120 days' + (g % 60) * interval '1 day' end,"
                    + " floor(random() * 500)::int, 1 + floor(random() * 20)::int, random(),"
                    + " floor(random() * 1000)::int, 1 + g % 3, random() * 100, now(), now(), now(), 0"
                    + " from generate_series(1, " + ITEMS + ") g cross join lateral (select s.status,"
                    + " s.status not in ('PROPOSED','ACCEPTED','REJECTED','DEFERRED') as approved,"
                    + " s.status in ('DELIVERED','BENEFITS_REVIEW','CLOSED') as delivered from (select"
                    + " (array['PROPOSED','ACCEPTED','APPROVED','IN_PROGRESS','ON_HOLD','DELIVERED','BENEFITS_REVIEW',"
                    + "'CLOSED','REJECTED','DEFERRED'])[1 + g % 10] as status) s) x");
            s.execute("insert into improvement_business_unit (item_id, business_unit_id) select id, case when id - "
                    + ID_BASE + " <= " + UNIT_ITEMS + " then " + UNIT + " else kpi_business_unit_id end"
                    + " from improvement_item where id > " + ID_BASE);
            s.execute("update improvement_item set kpi_business_unit_id = " + UNIT + " where id between "
                    + (ID_BASE + 1) + " and " + (ID_BASE + UNIT_ITEMS));
            s.execute("insert into improvement_finding (item_id, finding_id, linked_by, linked_at) select b.item_id,"
                    + " (select min(f.id) + " + UNITS + " * (b.item_id % 7) from finding f where f.business_unit_id ="
                    + " b.business_unit_id and f.id > " + ID_BASE + "), 'bench', now() from improvement_business_unit b"
                    + " where b.item_id > " + ID_BASE);
            c.commit();
        }
    }
}
