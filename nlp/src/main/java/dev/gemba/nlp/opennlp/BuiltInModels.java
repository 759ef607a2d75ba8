package dev.gemba.nlp.opennlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.gemba.nlp.evaluation.LabelledText;

/**
 * Trains the built-in sentiment and topic models of every language from the project's corpus
 * ({@code src/main/corpus/<language>/*.jsonl}) into the build's classes, so that they ship in
 * the jar. Run by the build in the {@code process-classes} phase.
 */
public final class BuiltInModels {

    /** L2 cost of the built-in sentiment models. */
    static final double SENTIMENT_L2 = 4.0;

    /** Weight of each text's cue-only copy in the built-in sentiment models. */
    static final double CUE_COPIES = 0.5;

    private BuiltInModels() {}

    /**
     * Trains and writes {@code sentiment-<language>.bin} and {@code topics-<language>.bin}.
     *
     * @param args the corpus folder and the output folder
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuiltInModels <corpus folder> <output folder>");
        }
        Path corpus = Path.of(args[0]);
        Path output = Files.createDirectories(Path.of(args[1]));
        if (upToDate(corpus, output)) {
            System.out.println("gemba-nlp: built-in models are newer than the corpus and the code; not retrained");
            return;
        }
        for (String language : List.of("en", "de")) {
            // texts beyond IT (corpus/<language>/general) have a sentiment label but no IT topics
            List<LabelledText> sentiment = new ArrayList<>(read(corpus.resolve(language), "label"));
            Path general = corpus.resolve(language).resolve("general");
            if (Files.isDirectory(general)) {
                sentiment.addAll(read(general, "label"));
            }
            List<LabelledText> topics = read(corpus.resolve(language), "topics");
            // L2 maxent with a cue-only copy of every text, so that text from other domains is
            // judged by its prior polarity, negation, contrast and sarcasm cues (nlp/README.md)
            build(
                    ModelTrainer.sentiment(language)
                            .l2(SENTIMENT_L2)
                            .iterations(200)
                            .naiveBayes(0)
                            .priorCorrection(0)
                            .cueCopies(CUE_COPIES),
                    sentiment,
                    "sentiment",
                    language,
                    output);
            build(
                    ModelTrainer.topics(language).l2(0).balanced(false).iterations(150),
                    topics,
                    "topics",
                    language,
                    output);
        }
    }

    /**
     * Whether every model file is newer than every input: the corpus, and the compiled classes and
     * resources of the module (features and lexicons), which sit two levels above the model folder
     * in target/classes. A clean build always trains.
     */
    static boolean upToDate(Path corpus, Path output) throws IOException {
        List<Path> models = List.of("sentiment-en", "topics-en", "sentiment-de", "topics-de").stream()
                .map(name -> output.resolve(name + ".bin"))
                .toList();
        if (!models.stream().allMatch(Files::isRegularFile)) {
            return false;
        }
        long oldestModel = Long.MAX_VALUE;
        for (Path model : models) {
            oldestModel = Math.min(oldestModel, Files.getLastModifiedTime(model).toMillis());
        }
        Path classes = output.getParent().getParent();
        long newestInput = 0;
        for (Path root : List.of(corpus, classes)) {
            try (var files = Files.walk(root)) {
                newestInput = Math.max(
                        newestInput,
                        files.filter(Files::isRegularFile)
                                .filter(f -> !f.startsWith(output))
                                .mapToLong(f -> {
                                    try {
                                        return Files.getLastModifiedTime(f).toMillis();
                                    } catch (IOException e) {
                                        return Long.MAX_VALUE;
                                    }
                                })
                                .max()
                                .orElse(0));
            }
        }
        return oldestModel > newestInput;
    }

    private static void build(ModelTrainer trainer, List<LabelledText> texts, String kind, String language, Path output)
            throws IOException {
        long start = System.nanoTime();
        String version = "builtin-" + kind + "-" + language + "-" + trainer.digest(texts);
        ClassifierModel model = trainer.train(texts, version);
        Path file = output.resolve(kind + "-" + language + ".bin");
        model.save(file);
        System.out.printf(
                Locale.ROOT,
                "gemba-nlp: trained %s from %d texts in %.1f s -> %s%n",
                version,
                texts.size(),
                (System.nanoTime() - start) / 1e9,
                file);
    }

    private static List<LabelledText> read(Path folder, String labelField) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                texts.addAll(LabelledText.read(file, labelField));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no labelled texts in " + folder);
        }
        return texts;
    }
}
