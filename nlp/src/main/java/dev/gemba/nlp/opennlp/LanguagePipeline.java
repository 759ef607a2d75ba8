package dev.gemba.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The loaded models of one language. OpenNLP models are immutable and thread-safe; the
 * {@code *ME} tools built from them are not, so callers borrow a set of them from
 * {@link #tools()} for one call and release it.
 */
record LanguagePipeline(
        String language,
        SentenceModel sentences,
        TokenizerModel tokens,
        POSModel partsOfSpeech,
        PolarityLexicon lexicon,
        SentimentClassifier sentiment,
        TopicClassifier topics,
        ToolPool<Tools> tools) {

    /**
     * Beam width of the part-of-speech tagger. The published models ask for 3; key phrases need
     * only nouns and adjectives, and greedy tagging (1) takes a third of the time.
     */
    static final int TAGGER_BEAM = 1;

    /** One caller's sentence detector, tokenizer and tagger. */
    record Tools(SentenceDetectorME sentences, ChunkTokenizer tokens, POSTaggerME tags) {}

    static LanguagePipeline load(String language, SentimentClassifier sentiment, TopicClassifier topics) {
        String corpus = "de".equals(language) ? "gsd" : "ewt";
        try (InputStream s = Resources.open("opennlp-" + language + "-ud-" + corpus + "-sentence-1.3-2.5.4.bin");
                InputStream p = Resources.open("opennlp-" + language + "-ud-" + corpus + "-pos-1.3-2.5.4.bin")) {
            SentenceModel sentenceModel = new SentenceModel(s);
            TokenizerModel tokenizerModel = ModelTrainer.tokenizerModel(language);
            POSModel published = new POSModel(p);
            POSModel posModel = new POSModel(
                    language,
                    published.<MaxentModel>getArtifact("pos.model"),
                    TAGGER_BEAM,
                    Map.of(),
                    published.getFactory());
            return new LanguagePipeline(
                    language,
                    sentenceModel,
                    tokenizerModel,
                    posModel,
                    PolarityLexicon.of(language),
                    sentiment,
                    topics,
                    new ToolPool<>(() -> new Tools(
                            new SentenceDetectorME(sentenceModel),
                            new ChunkTokenizer(tokenizerModel),
                            new POSTaggerME(posModel))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the " + language + " models", e);
        }
    }
}
