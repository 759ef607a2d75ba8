package dev.gemba.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The loaded models of one language. OpenNLP models are immutable and thread-safe; the
 * {@code *ME} tools built from them are not, so callers create those per call.
 */
record LanguagePipeline(
        String language,
        SentenceModel sentences,
        TokenizerModel tokens,
        POSModel partsOfSpeech,
        PolarityLexicon lexicon,
        SentimentClassifier sentiment,
        TopicClassifier topics) {

    static LanguagePipeline load(String language, SentimentClassifier sentiment, TopicClassifier topics) {
        String corpus = "de".equals(language) ? "gsd" : "ewt";
        try (InputStream s = Resources.open("opennlp-" + language + "-ud-" + corpus + "-sentence-1.3-2.5.4.bin");
                InputStream p = Resources.open("opennlp-" + language + "-ud-" + corpus + "-pos-1.3-2.5.4.bin")) {
            return new LanguagePipeline(
                    language,
                    new SentenceModel(s),
                    ModelTrainer.tokenizerModel(language),
                    new POSModel(p),
                    PolarityLexicon.of(language),
                    sentiment,
                    topics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the " + language + " models", e);
        }
    }
}
