package dev.gemba.nlp.opennlp;

/** {@link SentimentFeatures} with the English lexicon; public with no arguments for OpenNLP's loader. */
public final class EnglishSentimentFeatures extends SentimentFeatures {

    public EnglishSentimentFeatures() {
        super("en");
    }
}
