package dev.gemba.nlp.opennlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import dev.gemba.nlp.Sentiment;

/**
 * The sentiment of each clause of a sentence ({@link Clauses}): a sentence whose clauses clearly
 * disagree is MIXED, and an aspect takes the sentiment of the clause that mentions it. A sentence
 * of one clause is scored once.
 *
 * @param label the sentence's label: MIXED, or the sentence model's
 * @param labels each clause's label
 * @param scores each clause's score in [-1, 1]
 * @param max the highest clause score
 * @param min the lowest clause score
 * @param readings each clause read on its own, for a sentence of several clauses; else empty
 */
record ClauseScores(
        Sentiment label,
        Sentiment[] labels,
        double[] scores,
        double max,
        double min,
        SentimentClassifier.Reading[] readings) {

    static ClauseScores of(SentimentClassifier classifier, SentimentClassifier.Reading reading, double threshold) {
        var sentence = reading.prediction();
        int n = reading.marked().clauses();
        if (n <= 1) {
            return new ClauseScores(
                    sentence.label(),
                    new Sentiment[] {sentence.label()},
                    new double[] {sentence.score()},
                    sentence.score(),
                    sentence.score(),
                    new SentimentClassifier.Reading[0]);
        }
        int[] clause = reading.marked().clause();
        String[] tokens = reading.tokens();
        Sentiment[] labels = new Sentiment[n];
        double[] scores = new double[n];
        SentimentClassifier.Reading[] readings = new SentimentClassifier.Reading[n];
        int from = 0;
        for (int c = 0; c < n; c++) {
            int to = from;
            while (to < tokens.length && clause[to] == c) {
                to++;
            }
            readings[c] = classifier.read(Arrays.copyOfRange(tokens, from, to));
            var p = readings[c].prediction();
            labels[c] = p.label();
            scores[c] = p.score();
            from = to;
        }
        double max = Arrays.stream(scores).max().orElse(0);
        double min = Arrays.stream(scores).min().orElse(0);
        Sentiment label = max >= threshold && min <= -threshold ? Sentiment.MIXED : sentence.label();
        return new ClauseScores(label, labels, scores, max, min, readings);
    }

    /**
     * Each token's contribution to the log-odds: from its clause read on its own when the
     * sentence has several (the clause's label is what its evidence must support), else from
     * the sentence.
     */
    double[] contributions(SentimentClassifier classifier, SentimentClassifier.Reading sentence) {
        if (readings.length == 0) {
            return classifier.contributions(sentence);
        }
        double[] result = new double[sentence.tokens().length];
        int from = 0;
        for (SentimentClassifier.Reading clause : readings) {
            double[] part = classifier.contributions(clause);
            System.arraycopy(part, 0, result, from, part.length);
            from += part.length;
        }
        return result;
    }

    /** The score of the clause of each token. */
    double[] tokenScores(int[] clause) {
        double[] result = new double[clause.length];
        for (int i = 0; i < clause.length; i++) {
            result[i] = scores.length == 1 ? scores[0] : scores[clause[i]];
        }
        return result;
    }

    /** For a sentence of several clauses, each keyword topic with the mean score of the clauses naming it. */
    Map<String, Double> topicScores(TopicClassifier topics, String[] tokens, int[] clause) {
        Map<String, Double> result = new HashMap<>();
        if (scores.length == 1) {
            return result;
        }
        Map<String, Integer> mentions = new HashMap<>();
        int from = 0;
        for (int c = 0; c < scores.length; c++) {
            int to = from;
            while (to < tokens.length && clause[to] == c) {
                to++;
            }
            for (String topic :
                    topics.keywordHits(Arrays.copyOfRange(tokens, from, to)).keySet()) {
                result.merge(topic, scores[c], Double::sum);
                mentions.merge(topic, 1, Integer::sum);
            }
            from = to;
        }
        result.replaceAll((topic, sum) -> sum / mentions.get(topic));
        return result;
    }
}
