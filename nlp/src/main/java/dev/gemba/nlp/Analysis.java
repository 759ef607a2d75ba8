package dev.gemba.nlp;

import java.util.List;

/**
 * The immutable result of analysing one text. All offsets point into the text as given.
 *
 * @param language ISO 639-1 code of the language the text was analysed as
 * @param languageConfidence confidence of the language detection, in [0, 1]
 * @param label sentiment of the whole text
 * @param score polarity of the whole text in [-1, 1]
 * @param confidence confidence of the document label, in [0, 1]
 * @param sentences every sentence with its sentiment, in text order
 * @param topics taxonomy topics found, most confident first
 * @param keyPhrases salient noun phrases, most salient first
 * @param evidence the tokens that pushed the sentiment most, strongest first
 * @param modelVersion identifies the models and lexicons that produced this result
 */
public record Analysis(
        String language,
        double languageConfidence,
        DocumentSentiment label,
        double score,
        double confidence,
        List<SentenceSentiment> sentences,
        List<TopicScore> topics,
        List<KeyPhrase> keyPhrases,
        List<SentimentEvidence> evidence,
        String modelVersion) {

    public Analysis {
        sentences = List.copyOf(sentences);
        topics = List.copyOf(topics);
        keyPhrases = List.copyOf(keyPhrases);
        evidence = List.copyOf(evidence);
    }
}
