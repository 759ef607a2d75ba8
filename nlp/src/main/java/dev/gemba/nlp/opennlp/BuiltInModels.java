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
        for (String language : List.of("en", "de")) {
            List<LabelledText> sentiment = read(corpus.resolve(language), "label");
            List<LabelledText> topics = read(corpus.resolve(language), "topics");
            // GIS without regularisation, 150 iterations: the best 5-fold cross-validation on the corpus
            build(ModelTrainer.sentiment(language).l2(0).iterations(150), sentiment, "sentiment", language, output);
            build(ModelTrainer.topics(language).l2(0).iterations(150), topics, "topics", language, output);
        }
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
