package dev.gemba.it.feedback;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Load test for REST ingest (issue 5): CLIENTS concurrent integrations POST feedback for
 * SECONDS, each request a new item with its own external id; throughput, latency percentiles and
 * the analysis backlog afterwards. bench/ingest.sh runs pgbench beside it as the baseline.
 * Writes ear/target/benchmarks/ingest.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IngestBenchmark {

    static final int CLIENTS = Integer.parseInt(System.getProperty("bench.clients", "16"));
    static final int SECONDS = Integer.parseInt(System.getProperty("bench.seconds", "30"));
    /**
     * Unmeasured load first, so that the server's JIT has compiled the request path (with 15 s the
     * compilers still took a fifth of the CPU during the measurement).
     */
    static final int WARMUP_SECONDS = Integer.parseInt(System.getProperty("bench.warmup", "90"));
    /** The paced phase sends this share of the saturated throughput, to see whether analysis keeps up. */
    static final double PACED_SHARE = Double.parseDouble(System.getProperty("bench.paced-share", "0.5"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void concurrentIntegrations() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic "
                + Base64.getEncoder().encodeToString("integration:gemba-demo".getBytes(StandardCharsets.UTF_8));
        long ingestStart = System.nanoTime();
        List<Long> warmup = Collections.synchronizedList(new ArrayList<>());
        load(http, auth, WARMUP_SECONDS, 0, warmup, new AtomicLong());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        load(http, auth, SECONDS, 0, latencies, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long pending = pending();
        double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
        long submitted = warmup.size() + sorted.length;
        String during = String.format(
                "  analysed while ingesting: %d of %d submitted in %.1f s = %.0f items/s%n",
                submitted - pending, submitted, ingestSeconds, (submitted - pending) / ingestSeconds);
        String drain = during + drain(pending);
        String report = String.format(
                "REST ingest benchmark: %d clients for %d s after %d s of warm-up: %d requests, %d errors%n"
                        + "  throughput %.0f requests/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n"
                        + "  analysis backlog right after: %s items still PENDING%n%s",
                CLIENTS,
                SECONDS,
                WARMUP_SECONDS,
                sorted.length,
                errors.get(),
                sorted.length / elapsed,
                at(sorted, 50),
                at(sorted, 95),
                at(sorted, 99),
                pending,
                drain);
        report += paced(http, auth, PACED_SHARE * sorted.length / elapsed);
        System.out.print(report);
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("ingest.txt"), report);
    }

    /** Items still waiting for their analysis. */
    private static long pending() {
        return Api.as("desk")
                .get("/api/v1/feedback?status=PENDING&size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    /** How fast the workers analyse once ingest has stopped: the backlog's drain, for up to 3 minutes. */
    private static String drain(long backlog) throws Exception {
        long start = System.nanoTime();
        long left = backlog;
        while (left > 0 && System.nanoTime() - start < Duration.ofMinutes(3).toNanos()) {
            Thread.sleep(1000);
            left = pending();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(
                "  analysis alone afterwards: %d of the %d analysed in %.1f s = %.0f items/s%n",
                backlog - left, backlog, seconds, (backlog - left) / seconds);
    }

    /**
     * Whether analysis keeps up below saturation: the same clients send {@code rate} requests per
     * second in all for SECONDS; the backlog right after shows whether the workers kept pace.
     */
    private static String paced(HttpClient http, String auth, double rate) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long before = pending();
        load(http, auth, SECONDS, (long) (CLIENTS * 1e9 / rate), latencies, errors);
        long after = pending();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                "  paced at %.0f requests/s (%.0f%% of that throughput) for %d s: %d requests, %d errors;"
                        + " latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms;"
                        + " items PENDING before %d, right after %d%n",
                rate,
                PACED_SHARE * 100,
                SECONDS,
                sorted.length,
                errors.get(),
                at(sorted, 50),
                at(sorted, 95),
                at(sorted, 99),
                before,
                after);
    }

    /**
     * CLIENTS threads posting new items for the given time, recording each request's latency. With
     * an interval, each client sends one request per interval on a fixed schedule and latency
     * counts from the scheduled time, so a slow response also counts against the requests it
     * delayed; without one, each client sends as fast as responses come.
     */
    private static void load(
            HttpClient http, String auth, int seconds, long intervalNanos, List<Long> latencies, AtomicLong errors)
            throws Exception {
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                long n = 0;
                long next = start + intervalNanos * client / CLIENTS;
                while (System.nanoTime() < end) {
                    if (intervalNanos > 0) {
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    String body = "{\"externalId\":\"bench-" + client + "-" + (n++) + "-" + start
                            + "\",\"channel\":\"EMAIL\",\"tier\":\"L1\",\"text\":\"The VPN drops every morning since the"
                            + " last update, please call me back. Ticket " + n + "\"}";
                    var request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/feedback"))
                            .header("Authorization", auth)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long t0 = intervalNanos > 0 ? next : System.nanoTime();
                    next += intervalNanos;
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 201) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
                return null;
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        pool.shutdown();
    }

    private static double at(long[] sorted, int percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
