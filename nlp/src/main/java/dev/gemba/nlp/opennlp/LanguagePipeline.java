package dev.gemba.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
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

    /** One caller's sentence detector, tokenizer and tagger. */
    record Tools(SentenceDetectorME sentences, ChunkTokenizer tokens, GreedyTagger tags) {}

    static LanguagePipeline load(String language, SentimentClassifier sentiment, TopicClassifier topics) {
        String corpus = "de".equals(language) ? "gsd" : "ewt";
        try (InputStream s = Resources.open("opennlp-" + language + "-ud-" + corpus + "-sentence-1.3-2.5.4.bin");
                InputStream p = Resources.open("opennlp-" + language + "-ud-" + corpus + "-pos-1.3-2.5.4.bin")) {
            SentenceModel sentenceModel = new SentenceModel(s);
            TokenizerModel tokenizerModel = ModelTrainer.tokenizerModel(language);
            // the published models ask for beam width 3; key phrases need only nouns and
            // adjectives, and greedy tagging (GreedyTagger) takes a fraction of the time
            POSModel posModel = new POSModel(p);
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
                            new GreedyTagger(posModel))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the " + language + " models", e);
        }
    }
}
