package dev.gemba.it.feedback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.feedback.boundary.FeedbackQuery;
import dev.gemba.feedback.boundary.FeedbackService;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsViewer;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.control.GembaDataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Load test for the service desk inbox (issue 5): the first page, and a filtered page, over
 * BENCH_ROWS (default 1,000,000) analysed feedback items on PostgreSQL, through FeedbackService
 * exactly as the inbox calls it (page of 20 plus the total, counted up to 10,000), and the
 * filtered page with the exact count that the REST list gives. Run by bench/inbox.sh; writes
 * ear/target/benchmarks/inbox.txt.
 */
@ExtendWith(ArquillianExtension.class)
class InboxBenchmark {

    static final int WARMUP = 10;
    static final int ROUNDS = 50;
    static final long ID_BASE = 60_000_000L;
    static final String[] TOPICS = {
        "access-accounts", "network-connectivity", "email-collaboration", "hardware-devices", "business-applications"
    };

    @Resource(lookup = GembaDataSource.JNDI_NAME)
    DataSource dataSource;

    @EJB
    FeedbackService feedback;

    @EJB
    RunAsViewer viewer;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(InboxBenchmark.class, RunAsViewer.class);
    }

    @Test
    void inboxPagesAtAMillionItems() throws Exception {
        long rows = Long.parseLong(System.getenv().getOrDefault("BENCH_ROWS", "1000000"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long seedStart = System.nanoTime();
        seed(rows, now);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        PageRequest first = new PageRequest(0, 20, null, false);
        FeedbackQuery filtered = new FeedbackQuery(
                Sentiment.NEGATIVE,
                "network-connectivity",
                null,
                null,
                Channel.EMAIL,
                null,
                now.minus(90, ChronoUnit.DAYS),
                null,
                AnalysisStatus.ANALYSED,
                null,
                null);
        long[] all = time(() -> viewer.call(() -> feedback.inbox(FeedbackQuery.all(), first)));
        long[] some = time(() -> viewer.call(() -> feedback.inbox(filtered, first)));
        long[] text = time(() -> viewer.call(() -> feedback.inbox(
                new FeedbackQuery(null, null, null, null, null, null, null, null, null, "docking", null), first)));
        long[] rare = time(() -> viewer.call(() -> feedback.inbox(
                new FeedbackQuery(null, null, null, null, null, null, null, null, null, "ticket 424242:", null),
                first)));
        long[] exact = time(() -> viewer.call(() -> feedback.list(filtered, first)));
        String report = String.format(
                "Inbox benchmark: %d feedback items (seeded in %.0f s), %d rounds after %d warm-up, page of 20 + count%n"
                        + "  first page, no filter           p50 %6.1f ms  p95 %6.1f ms%n"
                        + "  filtered (sentiment, topic, channel, 90 days, status)  p50 %6.1f ms  p95 %6.1f ms%n"
                        + "  free text 'docking'             p50 %6.1f ms  p95 %6.1f ms%n"
                        + "  free text 'ticket 424242:' (one match)  p50 %6.1f ms  p95 %6.1f ms%n"
                        + "  filtered, exact count (FeedbackService.list, as REST)  p50 %6.1f ms  p95 %6.1f ms%n",
                rows,
                seedSeconds,
                ROUNDS,
                WARMUP,
                ms(all, 50),
                ms(all, 95),
                ms(some, 50),
                ms(some, 95),
                ms(text, 50),
                ms(text, 95),
                ms(rare, 50),
                ms(rare, 95),
                ms(exact, 50),
                ms(exact, 95));
        System.out.print(report);
        Path dir = Path.of(System.getProperty("jboss.home.dir"), "..", "benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("inbox.txt"), report);
    }

    private static long[] time(Callable<?> call) throws Exception {
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < WARMUP + ROUNDS; i++) {
            long start = System.nanoTime();
            call.call();
            if (i >= WARMUP) {
                nanos[i - WARMUP] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Analysed items over the last year: channels, sentiments, one topic each; JDBC batches. */
    private void seed(long rows, Instant now) throws Exception {
        var random = new Random(7);
        Channel[] channels = Channel.values();
        Sentiment[] sentiments = Sentiment.values();
        String[] words = {"VPN", "laptop", "docking station", "password", "printer", "ERP", "Teams", "email"};
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Timestamp stamp = Timestamp.from(now);
            try (PreparedStatement f = c.prepareStatement("insert into feedback (id, received_at, channel, text,"
                            + " captured_by, analysis_status, language, sentiment, sentiment_score, model_version,"
                            + " created_at, updated_at, version) values (?, ?, ?, ?, 'bench', 'ANALYSED', 'en', ?, ?,"
                            + " 'bench-model', ?, ?, 0)");
                    PreparedStatement t = c.prepareStatement(
                            "insert into feedback_topic (feedback_id, topic, confidence, sentiment) values (?, ?, 0.8, ?)")) {
                for (long i = 0; i < rows; i++) {
                    long id = ID_BASE + i;
                    Sentiment sentiment = sentiments[random.nextInt(sentiments.length)];
                    f.setLong(1, id);
                    f.setTimestamp(2, Timestamp.from(now.minusSeconds(random.nextInt(365 * 24 * 3600))));
                    f.setString(3, channels[random.nextInt(channels.length)].name());
                    f.setString(
                            4,
                            "Ticket " + i + ": the " + words[random.nextInt(words.length)] + " "
                                    + (sentiment == Sentiment.NEGATIVE ? "keeps failing" : "works fine now"));
                    f.setString(5, sentiment.name());
                    f.setDouble(6, random.nextDouble() * 2 - 1);
                    f.setTimestamp(7, stamp);
                    f.setTimestamp(8, stamp);
                    f.addBatch();
                    t.setLong(1, id);
                    t.setString(2, TOPICS[random.nextInt(TOPICS.length)]);
                    t.setString(3, sentiment.name());
                    t.addBatch();
                    if (i % 2000 == 1999) {
                        f.executeBatch();
                        t.executeBatch();
                        c.commit();
                    }
                }
                f.executeBatch();
                t.executeBatch();
                c.commit();
            }
            if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                try (var s = c.createStatement()) {
                    s.execute("analyze");
                }
                c.commit();
            }
        }
    }
}
