package dev.gemba.nlp.opennlp;

/** {@link SentimentFeatures} with the German lexicon; public with no arguments for OpenNLP's loader. */
public final class GermanSentimentFeatures extends SentimentFeatures {

    public GermanSentimentFeatures() {
        super("de");
    }
}
