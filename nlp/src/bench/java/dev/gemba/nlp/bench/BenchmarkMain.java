package dev.gemba.nlp.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import dev.gemba.nlp.opennlp.OpenNlpFeedbackAnalyzer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Measures model loading time and heap after loading, then runs {@link PipelineBenchmark} and
 * prints throughputs and the ratios to VADER-Java.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Path texts = Path.of(args.length > 0 ? args[0] : "../shared/eval/airline_sentiment_dev.jsonl");
        if (!Files.exists(texts)) {
            System.out.println("benchmark skipped: " + texts + " is absent (the shared evaluation folder)");
            return;
        }
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        OpenNlpFeedbackAnalyzer analyzer = OpenNlpFeedbackAnalyzer.builtIn();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long heapAfter = usedHeap();
        System.out.printf(
                Locale.ROOT,
                "model loading: %.2f s; heap used after loading (after GC): %.1f MB (%.1f MB more than before)%n",
                loadSeconds,
                heapAfter / 1e6,
                (heapAfter - heapBefore) / 1e6);
        analyzer.analyze("warm-up"); // keeps the analyser reachable until after the measurement

        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include(PipelineBenchmark.class.getName())
                        .forks(1)
                        .threads(1)
                        .warmupIterations(3)
                        .warmupTime(TimeValue.seconds(5))
                        .measurementIterations(5)
                        .measurementTime(TimeValue.seconds(5))
                        .jvmArgsAppend("-Dgemba.bench.texts=" + texts.toAbsolutePath(), "-Xmx2g")
                        .build())
                .run();
        Map<String, Double> perSecond = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            perSecond.put(name, r.getPrimaryResult().getScore());
        }
        double vader = perSecond.getOrDefault("vader", Double.NaN);
        System.out.println();
        perSecond.forEach((name, score) -> System.out.printf(
                Locale.ROOT, "%-14s %12.0f texts/s   %6.2f x VADER-Java%n", name, score, score / vader));
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
