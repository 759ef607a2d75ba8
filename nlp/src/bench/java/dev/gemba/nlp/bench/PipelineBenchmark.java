package dev.gemba.nlp.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.SentenceSentiment;
import dev.gemba.nlp.evaluation.LabelledText;
import dev.gemba.nlp.opennlp.OpenNlpFeedbackAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput on one thread, one text per operation, cycling through the airline dev texts:
 * Gemba's full analysis, Gemba's sentiment alone, and VADER-Java's polarity on the same texts.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {

    private OpenNlpFeedbackAnalyzer analyzer;
    private String[] texts;
    private int next;

    @Setup
    public void load() throws IOException {
        analyzer = OpenNlpFeedbackAnalyzer.builtIn();
        texts = LabelledText.read(Path.of(System.getProperty("gemba.bench.texts")), null).stream()
                .map(LabelledText::text)
                .toArray(String[]::new);
    }

    private String text() {
        String text = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return text;
    }

    @Benchmark
    public Analysis fullPipeline() {
        return analyzer.analyze(text());
    }

    @Benchmark
    public SentenceSentiment sentimentOnly() {
        return analyzer.sentiment(text());
    }

    @Benchmark
    public float vader() throws IOException {
        SentimentAnalyzer vader = new SentimentAnalyzer(text());
        vader.analyze();
        return vader.getPolarity().get("compound");
    }
}
