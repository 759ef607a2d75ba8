package dev.gemba.nlp.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.Sentiment;
import dev.gemba.nlp.evaluation.CrossValidation;
import dev.gemba.nlp.evaluation.Evaluation;
import dev.gemba.nlp.evaluation.Json;
import dev.gemba.nlp.evaluation.LabelledText;
import dev.gemba.nlp.opennlp.ClassifierModel;
import dev.gemba.nlp.opennlp.ModelTrainer;
import dev.gemba.nlp.opennlp.OpenNlpFeedbackAnalyzer;

/**
 * The command line: {@code analyze}, {@code train} and {@code evaluate}. Run as
 * {@code java -jar gemba-nlp-<version>-cli.jar <command> [options]}; without arguments it prints
 * the usage.
 */
public final class Main {

    static final String USAGE =
            """
            usage: java -jar gemba-nlp-cli.jar <command> [options]

              analyze  [--in FILE] [--out FILE] [--default-language en|de]
                       [--sentiment-model FILE] [--topic-model FILE]
                  JSON Lines ({"text": ...}, other fields are copied) or plain lines in,
                  one analysis per line out as JSON Lines. Standard input/output by default.

              train    --kind sentiment|topics --in FILE --out MODEL [--language en|de]
                       [--folds 5 (0: no cross-validation)] [--label-field label|labels|...]
                       [--report FILE.json] [--iterations 100 (sentiment), 60 (topics)] [--cutoff 1]
                       [--l2 1.0 (sentiment), 0.03 (topics); 0: GIS] [--tfidf true (topics)|false]
                       [--term-counts true (topics)|false] [--balanced true (topics)|false (sentiment)]
                       [--naive-bayes 0.2 (sentiment; 0: maxent alone)]
                       [--prior-correction 0.4 (sentiment; 0: none)]
                  Trains a model from {"text","label"} or {"text","labels":[...]} lines,
                  prints the k-fold cross-validation report and saves a versioned model.

              evaluate --in FILE [--model MODEL] [--label-field F] [--two-class]
                       [--default-language en|de] [--json FILE]
                  Scores the built-in analyser (or a saved model) against labelled lines:
                  accuracy, per-class precision/recall/F1, macro-F1, confusion matrix.
                  --two-class: gold has negative/positive only; neutral predictions count as wrong.
            """;

    private Main() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs a command, writing reports to {@code out} and progress to standard error; returns the exit status. */
    static int run(String[] args, PrintWriter out) throws IOException {
        return run(args, out, new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** Runs a command, writing reports to {@code out} and progress of long runs to {@code err}. */
    static int run(String[] args, PrintWriter out, PrintWriter err) throws IOException {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(USAGE);
            out.flush();
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> options;
        try {
            options = options(args);
            switch (args[0]) {
                case "analyze" -> analyze(options, out, err);
                case "train" -> train(options, out, err);
                case "evaluate" -> evaluate(options, out, err);
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.print(USAGE);
            out.flush();
            return 2;
        }
        out.flush();
        return 0;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("two-class")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static OpenNlpFeedbackAnalyzer analyzer(Map<String, String> options) throws IOException {
        var builder = OpenNlpFeedbackAnalyzer.builder().defaultLanguage(options.getOrDefault("default-language", "en"));
        if (options.containsKey("sentiment-model")) {
            builder.sentimentModel(ClassifierModel.load(Path.of(options.get("sentiment-model"))));
        }
        if (options.containsKey("topic-model")) {
            builder.topicModel(ClassifierModel.load(Path.of(options.get("topic-model"))));
        }
        return builder.build();
    }

    private static void analyze(Map<String, String> options, PrintWriter report, PrintWriter err) throws IOException {
        OpenNlpFeedbackAnalyzer analyzer = analyzer(options);
        Progress progress = new Progress(err, "analyze", lines(options.get("in")), System::nanoTime);
        long done = 0;
        BufferedReader in = options.containsKey("in")
                ? Files.newBufferedReader(Path.of(options.get("in")), StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = options.containsKey("out")
                ? new PrintWriter(Files.newBufferedWriter(Path.of(options.get("out")), StandardCharsets.UTF_8))
                : report;
        try (in) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> record = new LinkedHashMap<>();
                String text = line;
                if (line.stripLeading().startsWith("{") && Json.parse(line) instanceof Map<?, ?> json) {
                    json.forEach((k, v) -> record.put(String.valueOf(k), v));
                    text = String.valueOf(record.getOrDefault("text", ""));
                } else {
                    record.put("text", line);
                }
                record.put("analysis", AnalysisJson.of(analyzer.analyze(text)));
                out.println(Json.write(record));
                progress.update(++done);
            }
        } finally {
            out.flush();
            if (out != report) {
                out.close();
            }
        }
    }

    /** The number of lines of a file, for progress; 0 for standard input. */
    private static long lines(String file) throws IOException {
        if (file == null) {
            return 0;
        }
        try (var lines = Files.lines(Path.of(file), StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    private static void train(Map<String, String> options, PrintWriter out, PrintWriter err) throws IOException {
        String kind = required(options, "kind");
        String language = options.getOrDefault("language", "en");
        ModelTrainer trainer =
                switch (kind) {
                    case "sentiment" -> ModelTrainer.sentiment(language);
                    case "topics" -> ModelTrainer.topics(language);
                    default -> throw new IllegalArgumentException("--kind must be sentiment or topics");
                };
        if (options.containsKey("iterations")) {
            trainer = trainer.iterations(Integer.parseInt(options.get("iterations")));
        }
        trainer = trainer.cutoff(Integer.parseInt(options.getOrDefault("cutoff", "1")));
        if (options.containsKey("balanced")) {
            trainer = trainer.balanced(Boolean.parseBoolean(options.get("balanced")));
        }
        if (options.containsKey("l2")) {
            trainer = trainer.l2(Double.parseDouble(options.get("l2")));
        }
        if (options.containsKey("tfidf")) {
            trainer = trainer.normalised(Boolean.parseBoolean(options.get("tfidf")));
        }
        if (options.containsKey("term-counts")) {
            trainer = trainer.termCounts(Boolean.parseBoolean(options.get("term-counts")));
        }
        if (options.containsKey("naive-bayes")) {
            trainer = trainer.naiveBayes(Double.parseDouble(options.get("naive-bayes")));
        }
        if (options.containsKey("prior-correction")) {
            trainer = trainer.priorCorrection(Double.parseDouble(options.get("prior-correction")));
        }
        var file = LabelledText.readTraining(Path.of(required(options, "in")), options.get("label-field"));
        List<LabelledText> texts = file.texts();
        if (file.unlabelled() > 0) {
            out.printf("skipped %d lines without a label in %s%n", file.unlabelled(), labelFieldName(options));
        }
        Path model = Path.of(required(options, "out"));
        int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
        Map<String, Object> json = new LinkedHashMap<>();
        Progress progress = new Progress(err, "train", 0, System::nanoTime);
        if (folds > 0) {
            long start = System.nanoTime();
            progress.step(String.format(Locale.ROOT, "%,d texts, %d-fold cross-validation", texts.size(), folds));
            CrossValidation cv = trainer.crossValidate(
                    texts, folds, fold -> progress.step("fold " + fold + " of " + folds + " done"));
            out.println(cv.toText());
            out.printf(Locale.ROOT, "(cross-validation took %.1f s)%n", (System.nanoTime() - start) / 1e9);
            json.put("crossValidation", cv.toJson());
        }
        progress.step(String.format(Locale.ROOT, "training the model on all %,d texts", texts.size()));
        ClassifierModel trained = trainer.train(texts);
        trained.save(model);
        progress.step("saved");
        out.printf("saved %s (%s, %s, labels %s) to %s%n", trained.version(), kind, language, trained.labels(), model);
        json.put("version", trained.version());
        json.put("texts", texts.size());
        if (options.containsKey("report")) {
            Files.writeString(Path.of(options.get("report")), Json.write(json) + "\n", StandardCharsets.UTF_8);
        }
    }

    private static void evaluate(Map<String, String> options, PrintWriter out, PrintWriter err) throws IOException {
        List<LabelledText> texts = LabelledText.read(Path.of(required(options, "in")), options.get("label-field"));
        Progress progress = new Progress(err, "evaluate", texts.size(), System::nanoTime);
        boolean twoClass = options.containsKey("two-class");
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        long start = System.nanoTime();
        String version;
        if (options.containsKey("model")) {
            ClassifierModel model = ClassifierModel.load(Path.of(options.get("model")));
            version = model.version();
            var tokenizer = ModelTrainer.tokenizer(model.language());
            for (LabelledText t : texts) {
                String guess = model.predict(tokenizer.tokenize(t.text()));
                predicted.add(guess);
                if (model.kind() == ClassifierModel.Kind.TOPICS) {
                    gold.add(t.labels().contains(guess) ? guess : t.label()); // right when any gold topic
                } else {
                    gold.add(sentimentGold(t));
                }
                progress.update(gold.size());
            }
        } else {
            OpenNlpFeedbackAnalyzer analyzer = analyzer(options);
            version = analyzer.modelVersion();
            for (LabelledText t : texts) {
                predicted.add(label(analyzer.analyze(t.text())));
                gold.add(sentimentGold(t));
                progress.update(gold.size());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (twoClass && gold.stream().anyMatch(g -> !g.equals("negative") && !g.equals("positive"))) {
            throw new IllegalArgumentException("--two-class needs gold labels negative and positive only");
        }
        Evaluation evaluation = Evaluation.of(gold, predicted);
        out.printf("model %s%n%s", version, evaluation.toText());
        out.printf(Locale.ROOT, "(%d texts in %.1f s)%n", texts.size(), seconds);
        if (options.containsKey("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", options.get("in"));
            json.put("model", version);
            json.put("twoClass", twoClass);
            json.putAll(evaluation.toJson());
            Files.writeString(Path.of(options.get("json")), Json.write(json) + "\n", StandardCharsets.UTF_8);
        }
    }

    private static String sentimentGold(LabelledText t) {
        return t.label().toLowerCase(Locale.ROOT);
    }

    /** The analyser's document label as a 3-class label: a MIXED text counts by the sign of its score. */
    static String label(Analysis analysis) {
        Sentiment sentiment = analysis.label() == DocumentSentiment.MIXED
                ? Sentiment.of(analysis.score(), 0.2)
                : Sentiment.valueOf(analysis.label().name());
        return sentiment.name().toLowerCase(Locale.ROOT);
    }

    private static String labelFieldName(Map<String, String> options) {
        return options.getOrDefault("label-field", "label/labels");
    }
}
