package dev.gemba.nlp;

/**
 * A salient noun phrase of the text.
 *
 * @param phrase normalised form: lower case, nouns in their base form ("printer" for "Printers",
 *     "drucker" for "Druckern"), German adjectives without their ending ("langsam verbindung")
 * @param start offset of its first occurrence in the original text
 * @param end offset just past that occurrence
 * @param salience relative importance in [0, 1]
 * @param sentiment sentiment of the sentences that mention it (aspect sentiment)
 */
public record KeyPhrase(String phrase, int start, int end, double salience, Sentiment sentiment) {}
