package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.FeedbackAnalyzer;
import dev.gemba.nlp.SentenceSentiment;
import dev.gemba.nlp.Sentiment;
import opennlp.tools.langdetect.Language;
import opennlp.tools.util.Span;

/**
 * Analyses English and German feedback with Apache OpenNLP: the published models for language
 * detection (restricted to English versus German, see {@link EnglishGermanDetector}), sentences,
 * tokens (with a fast path, see {@link ChunkTokenizer}) and parts of speech (greedy); Gemba's maxent sentiment and topic models
 * (trained at build time from the project's corpus, or custom ones from {@link ModelTrainer});
 * the project's polarity lexicon for the explanation and keyword taxonomy for topics. Models are
 * loaded once per instance; the {@code *ME} tools, which OpenNLP does not make thread-safe, are
 * borrowed from the instance's pools so that each is used by one thread at a time. One instance
 * is safe to share between threads.
 */
public final class OpenNlpFeedbackAnalyzer implements FeedbackAnalyzer {

    /** Aspect sentiment: a mean sentence score inside this band is neutral. */
    static final double NEUTRAL_BAND = 0.2;
    /** A text is mixed when sentences reach this polarity on both sides. */
    static final double MIXED_THRESHOLD = 0.3;

    private static final int SHORT_TEXT = 25;
    /** A near tie between English and German (another language, symbols) gets the default language. */
    private static final double MIN_LANGUAGE_CONFIDENCE = 0.6;
    /**
     * Longest token sequence tagged at once: the tagger hands the context generator a copy of the
     * tags so far at every step (as OpenNLP's beam search does), so its cost grows with the square
     * of the length; longer sentences are tagged in parts.
     */
    private static final int MAX_TAGGED = 100;

    private final EnglishGermanDetector languages;
    private final Map<String, LanguagePipeline> pipelines;
    private final String defaultLanguage;
    private final List<String> topics;
    private final String version;
    private final Map<String, String> modelVersions;
    private final KeyPhraseExtractor englishPhrases = new KeyPhraseExtractor("en");
    private final KeyPhraseExtractor germanPhrases = new KeyPhraseExtractor("de");

    private OpenNlpFeedbackAnalyzer(Builder builder) {
        this.languages = EnglishGermanDetector.load();
        Map<String, LanguagePipeline> loaded = new HashMap<>();
        for (String language : List.of("en", "de")) {
            ClassifierModel sentiment = builder.sentiment.getOrDefault(
                    language, ClassifierModel.builtIn(ClassifierModel.Kind.SENTIMENT, language));
            TopicClassifier topicClassifier = builder.topics != null
                    ? new TopicClassifier(builder.topics, null)
                    : new TopicClassifier(
                            ClassifierModel.builtIn(ClassifierModel.Kind.TOPICS, language), TopicTaxonomy.defaults());
            loaded.put(language, LanguagePipeline.load(language, new SentimentClassifier(sentiment), topicClassifier));
        }
        this.pipelines = Map.copyOf(loaded);
        this.defaultLanguage = builder.defaultLanguage;
        this.topics = pipelines.get(defaultLanguage).topics().topics();
        Map<String, String> versions = new LinkedHashMap<>();
        for (String language : List.of("en", "de")) {
            versions.put(
                    "sentiment-" + language,
                    pipelines.get(language).sentiment().model().version());
        }
        for (String language : List.of("en", "de")) {
            versions.put(
                    "topics-" + language,
                    pipelines.get(language).topics().model().version());
        }
        this.modelVersions = Collections.unmodifiableMap(versions);
        this.version = "gemba-3 s=" + brief(versions.get("sentiment-en")) + "," + brief(versions.get("sentiment-de"))
                + " t=" + brief(versions.get("topics-en")) + "," + brief(versions.get("topics-de"));
    }

    /** The built-in models, falling back to English for short or unrecognised texts. */
    public static OpenNlpFeedbackAnalyzer builtIn() {
        return builder().build();
    }

    /** The built-in models with another fallback language ("en" or "de"). */
    public static OpenNlpFeedbackAnalyzer builtIn(String defaultLanguage) {
        return builder().defaultLanguage(defaultLanguage).build();
    }

    /** Starts an analyser that may use custom models instead of the built-in ones. */
    public static Builder builder() {
        return new Builder();
    }

    /** Chooses the fallback language and any custom models. Not thread-safe; build once. */
    public static final class Builder {
        private String defaultLanguage = "en";
        private final Map<String, ClassifierModel> sentiment = new HashMap<>();
        private ClassifierModel topics;

        private Builder() {}

        /** The language of short or unrecognised texts: "en" (default) or "de". */
        public Builder defaultLanguage(String language) {
            if (!"en".equals(language) && !"de".equals(language)) {
                throw new IllegalArgumentException("default language must be en or de, not " + language);
            }
            this.defaultLanguage = language;
            return this;
        }

        /** A custom sentiment model, used for texts in its language instead of the built-in one. */
        public Builder sentimentModel(ClassifierModel model) {
            if (model.kind() != ClassifierModel.Kind.SENTIMENT) {
                throw new IllegalArgumentException(model.version() + " is not a sentiment model");
            }
            if (!pipelinesLanguage(model.language())) {
                throw new IllegalArgumentException("sentiment models must be for en or de, not " + model.language());
            }
            sentiment.put(model.language(), model);
            return this;
        }

        /** A custom topic model (its own labels), used for all texts instead of the default taxonomy. */
        public Builder topicModel(ClassifierModel model) {
            if (model.kind() != ClassifierModel.Kind.TOPICS) {
                throw new IllegalArgumentException(model.version() + " is not a topic model");
            }
            this.topics = model;
            return this;
        }

        public OpenNlpFeedbackAnalyzer build() {
            return new OpenNlpFeedbackAnalyzer(this);
        }

        private static boolean pipelinesLanguage(String language) {
            return "en".equals(language) || "de".equals(language);
        }
    }

    @Override
    public List<String> topics() {
        return topics;
    }

    /**
     * {@inheritDoc} Format {@code gemba-3 s=<en>,<de> t=<en>,<de>}: for each sentiment and topic
     * model a {@code b} (built in) or {@code c} (custom) and the first 8 hex digits of its
     * version's digest, e.g. {@code gemba-3 s=b6b026879,b5706bdf8 t=b3bc672cc,b68247010}; at most
     * 60 characters. {@link #modelVersions()} has the full versions.
     */
    @Override
    public String modelVersion() {
        return version;
    }

    /** The full version of every model in use, by {@code sentiment-en}, {@code topics-de}, …. */
    public Map<String, String> modelVersions() {
        return modelVersions;
    }

    /** {@code builtin-sentiment-en-6b026879d179} → {@code b6b026879}. */
    private static String brief(String version) {
        char kind = version.startsWith("builtin-") ? 'b' : version.startsWith("custom-") ? 'c' : 'x';
        String digest = version.substring(version.lastIndexOf('-') + 1);
        return kind + digest.substring(0, Math.min(8, digest.length()));
    }

    /**
     * Sentiment of a whole text without sentences, topics, key phrases or evidence: the fast path
     * for bulk scoring and evaluation.
     *
     * @return the text's label, score and confidence, spanning the whole text
     */
    public SentenceSentiment sentiment(String text) {
        check(text);
        LanguagePipeline pipeline = pipelines.getOrDefault(detect(text).getLang(), pipelines.get(defaultLanguage));
        LanguagePipeline.Tools tools = pipeline.tools().borrow();
        String[] tokens;
        try {
            tokens = tools.tokens().tokenize(text);
        } finally {
            pipeline.tools().release(tools);
        }
        var prediction = pipeline.sentiment().predict(tokens);
        return new SentenceSentiment(0, text.length(), prediction.label(), prediction.score(), prediction.confidence());
    }

    @Override
    public Analysis analyze(String text) {
        check(text);
        Language detected = detect(text);
        LanguagePipeline pipeline = pipelines.getOrDefault(detected.getLang(), pipelines.get(defaultLanguage));
        if (text.isBlank()) {
            return new Analysis(
                    pipeline.language(),
                    detected.getConfidence(),
                    DocumentSentiment.NEUTRAL,
                    0,
                    1,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    version);
        }
        LanguagePipeline.Tools tools = pipeline.tools().borrow();
        try {
            return analyze(text, detected, pipeline, tools);
        } finally {
            pipeline.tools().release(tools);
        }
    }

    private Analysis analyze(String text, Language detected, LanguagePipeline pipeline, LanguagePipeline.Tools tools) {
        KeyPhraseExtractor phrases = "de".equals(pipeline.language()) ? germanPhrases : englishPhrases;
        Span[] sentenceSpans = tools.sentences().sentPosDetect(text);
        if (sentenceSpans.length == 0) {
            sentenceSpans = new Span[] {new Span(0, text.length())};
        }
        List<SentenceSentiment> sentences = new ArrayList<>();
        List<Explanation.Sentence> read = new ArrayList<>();
        List<String> allTokens = new ArrayList<>();
        Map<String, Integer> keywordHits = new LinkedHashMap<>();
        var aspects = new AspectCollector();
        boolean positive = false;
        boolean negative = false;
        double[] onlyTopics = null;
        for (Span span : sentenceSpans) {
            String sentence = span.getCoveredText(text).toString();
            Span[] tokenSpans = tools.tokens().tokenizePos(sentence);
            String[] tokens = Span.spansToStrings(tokenSpans, sentence);
            int[] starts = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                starts[i] = span.getStart() + tokenSpans[i].getStart();
            }
            var reading = pipeline.sentiment().read(tokens);
            var clauses = ClauseScores.of(pipeline.sentiment(), reading, MIXED_THRESHOLD);
            positive |= clauses.max() >= MIXED_THRESHOLD;
            negative |= clauses.min() <= -MIXED_THRESHOLD;
            var prediction = reading.prediction();
            sentences.add(new SentenceSentiment(
                    span.getStart(), span.getEnd(), clauses.label(), prediction.score(), prediction.confidence()));
            String[] tags = tag(tools.tags(), tokens);
            read.add(new Explanation.Sentence(
                    reading,
                    clauses.contributions(pipeline.sentiment(), reading),
                    tags,
                    starts,
                    clauses.label(),
                    clauses.labels()));
            Map<String, Integer> hits = pipeline.topics().keywordHits(tokens);
            hits.forEach((topic, n) -> keywordHits.merge(topic, n, Integer::sum));
            onlyTopics = pipeline.topics().probabilities(tokens);
            Set<String> sentenceTopics = pipeline.topics().sentenceTopics(onlyTopics, hits);
            aspects.sentence(
                    prediction.score(),
                    sentenceTopics,
                    clauses.topicScores(
                            pipeline.topics(), tokens, reading.marked().clause()),
                    clauses.tokenScores(reading.marked().clause()),
                    tokens,
                    tags,
                    starts,
                    phrases);
            allTokens.addAll(List.of(tokens));
        }
        String[] tokens = allTokens.toArray(String[]::new);
        // one sentence: the document is that sentence, no need to classify it twice
        var document = sentences.size() == 1
                ? read.get(0).reading().prediction()
                : pipeline.sentiment().predict(tokens);
        double[] documentTopics =
                sentences.size() == 1 ? onlyTopics : pipeline.topics().probabilities(tokens);
        boolean mixed = positive && negative || sentences.stream().anyMatch(x -> x.label() == Sentiment.MIXED);
        DocumentSentiment label = mixed
                ? DocumentSentiment.MIXED
                : DocumentSentiment.valueOf(document.label().name());
        return new Analysis(
                pipeline.language(),
                detected.getConfidence(),
                label,
                document.score(),
                document.confidence(),
                sentences,
                aspects.topics(
                        pipeline.topics().documentTopics(documentTopics, keywordHits), document.score(), NEUTRAL_BAND),
                aspects.keyPhrases(NEUTRAL_BAND),
                Explanation.of(text, read, label),
                version);
    }

    /** Part-of-speech tags, in parts of at most {@link #MAX_TAGGED} tokens. */
    private static String[] tag(GreedyTagger tagger, String[] tokens) {
        if (tokens.length <= MAX_TAGGED) {
            return tokens.length == 0 ? new String[0] : tagger.tag(tokens);
        }
        String[] tags = new String[tokens.length];
        for (int from = 0; from < tokens.length; from += MAX_TAGGED) {
            int to = Math.min(tokens.length, from + MAX_TAGGED);
            System.arraycopy(tagger.tag(Arrays.copyOfRange(tokens, from, to)), 0, tags, from, to - from);
        }
        return tags;
    }

    private static void check(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text has " + text.length() + " characters; the limit is " + MAX_LENGTH);
        }
    }

    /** {@code text.strip().length()} without copying the text. */
    private static int strippedLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    /** Detected language as "en"/"de"; short or uncertain texts get the default language. */
    private Language detect(String text) {
        if (strippedLength(text) < SHORT_TEXT) {
            return new Language(defaultLanguage, 0);
        }
        EnglishGermanDetector.Detected best = languages.detect(text);
        if (best.confidence() < MIN_LANGUAGE_CONFIDENCE) {
            double fallback = best.language().equals(defaultLanguage) ? best.confidence() : 1 - best.confidence();
            return new Language(defaultLanguage, fallback);
        }
        return new Language(best.language(), best.confidence());
    }
}
