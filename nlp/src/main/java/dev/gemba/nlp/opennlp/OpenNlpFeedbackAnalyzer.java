package dev.gemba.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.FeedbackAnalyzer;
import dev.gemba.nlp.SentenceSentiment;
import dev.gemba.nlp.Sentiment;
import dev.gemba.nlp.SentimentEvidence;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Analyses English and German feedback with Apache OpenNLP's published models (language
 * detection, sentences, tokens, parts of speech) and Gemba's own polarity lexicon and topic
 * taxonomy. Models are loaded once per instance; {@code *ME} tools are created per call, as
 * OpenNLP requires, so one instance is safe to share between threads.
 */
public final class OpenNlpFeedbackAnalyzer implements FeedbackAnalyzer {

    /** Sentences whose |score| stays inside this band are neutral. */
    static final double NEUTRAL_BAND = 0.2;
    /** A text is mixed when sentences reach this polarity on both sides. */
    static final double MIXED_THRESHOLD = 0.3;

    private static final int SHORT_TEXT = 25;
    /** langdetect spreads probability over 103 languages: the winner is often far below 0.5. */
    private static final double MIN_LANGUAGE_CONFIDENCE = 0.02;

    private static final String VERSION = "gemba-lexicon-1+opennlp-ud-1.3";

    private final LanguageDetectorModel languageModel;
    private final Map<String, LanguagePipeline> pipelines;
    private final String defaultLanguage;
    private final TopicTaxonomy taxonomy;
    private final KeyPhraseExtractor keyPhrases = new KeyPhraseExtractor();

    private OpenNlpFeedbackAnalyzer(String defaultLanguage) {
        try (InputStream in = Resources.open("langdetect-183.bin")) {
            this.languageModel = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.pipelines = Map.of("en", LanguagePipeline.load("en", "ewt"), "de", LanguagePipeline.load("de", "gsd"));
        this.defaultLanguage = defaultLanguage;
        this.taxonomy = new TopicTaxonomy("dev/gemba/nlp/topics.tsv");
    }

    /** The built-in models, falling back to English for short or unrecognised texts. */
    public static OpenNlpFeedbackAnalyzer builtIn() {
        return new OpenNlpFeedbackAnalyzer("en");
    }

    /** The built-in models with another fallback language ("en" or "de"). */
    public static OpenNlpFeedbackAnalyzer builtIn(String defaultLanguage) {
        if (!"en".equals(defaultLanguage) && !"de".equals(defaultLanguage)) {
            throw new IllegalArgumentException("default language must be en or de, not " + defaultLanguage);
        }
        return new OpenNlpFeedbackAnalyzer(defaultLanguage);
    }

    @Override
    public List<String> topics() {
        return taxonomy.topics();
    }

    @Override
    public String modelVersion() {
        return VERSION;
    }

    @Override
    public Analysis analyze(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text has " + text.length() + " characters; the limit is " + MAX_LENGTH);
        }
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
                    VERSION);
        }
        var sentenceDetector = new SentenceDetectorME(pipeline.sentences());
        var tokenizer = new TokenizerME(pipeline.tokens());
        var tagger = new POSTaggerME(pipeline.partsOfSpeech());

        Span[] sentenceSpans = sentenceDetector.sentPosDetect(text);
        if (sentenceSpans.length == 0) {
            sentenceSpans = new Span[] {new Span(0, text.length())};
        }
        List<SentenceSentiment> sentences = new ArrayList<>();
        List<SentimentEvidence> evidence = new ArrayList<>();
        var aspects = new AspectCollector();
        for (Span span : sentenceSpans) {
            String sentence = span.getCoveredText(text).toString();
            Span[] tokenSpans = tokenizer.tokenizePos(sentence);
            String[] tokens = Span.spansToStrings(tokenSpans, sentence);
            int[] starts = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                starts[i] = span.getStart() + tokenSpans[i].getStart();
            }
            double score = Math.tanh(pipeline.lexicon().score(tokens, starts, evidence) / 2);
            Sentiment label = Sentiment.of(score, NEUTRAL_BAND);
            double confidence =
                    label == Sentiment.NEUTRAL ? 1 - Math.abs(score) / (2 * NEUTRAL_BAND) : 0.5 + Math.abs(score) / 2;
            sentences.add(new SentenceSentiment(span.getStart(), span.getEnd(), label, score, confidence));
            String[] tags = tokens.length == 0 ? new String[0] : tagger.tag(tokens);
            aspects.sentence(score, tokens, tags, starts, taxonomy, keyPhrases);
        }
        evidence.sort(Comparator.comparingDouble((SentimentEvidence e) -> -Math.abs(e.weight())));
        return document(
                pipeline.language(),
                detected.getConfidence(),
                sentences,
                aspects,
                evidence.subList(0, Math.min(10, evidence.size())));
    }

    private Analysis document(
            String language,
            double languageConfidence,
            List<SentenceSentiment> sentences,
            AspectCollector aspects,
            List<SentimentEvidence> evidence) {
        double sum = 0;
        double confidence = 0;
        boolean positive = false;
        boolean negative = false;
        for (SentenceSentiment s : sentences) {
            sum += s.score();
            confidence += s.confidence();
            positive |= s.score() >= MIXED_THRESHOLD;
            negative |= s.score() <= -MIXED_THRESHOLD;
        }
        double score = sum / sentences.size();
        DocumentSentiment label = positive && negative
                ? DocumentSentiment.MIXED
                : DocumentSentiment.valueOf(Sentiment.of(score, NEUTRAL_BAND).name());
        return new Analysis(
                language,
                languageConfidence,
                label,
                score,
                confidence / sentences.size(),
                sentences,
                aspects.topics(NEUTRAL_BAND),
                aspects.keyPhrases(NEUTRAL_BAND),
                evidence,
                VERSION);
    }

    /** Detected language as "en"/"de"; short or uncertain texts get the default language. */
    private Language detect(String text) {
        if (text.strip().length() < SHORT_TEXT) {
            return new Language(defaultLanguage, 0);
        }
        Language best = new LanguageDetectorME(languageModel).predictLanguage(text);
        String code =
                switch (best.getLang()) {
                    case "eng" -> "en";
                    case "deu" -> "de";
                    default -> best.getLang();
                };
        if (best.getConfidence() < MIN_LANGUAGE_CONFIDENCE || !pipelines.containsKey(code)) {
            return new Language(defaultLanguage, best.getConfidence());
        }
        return new Language(code, best.getConfidence());
    }
}
