package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gemba.nlp.KeyPhrase;
import dev.gemba.nlp.Sentiment;
import dev.gemba.nlp.TopicScore;

/**
 * Gathers, sentence by sentence, the topics and key phrases of one text together with the
 * sentiment of the sentences that mention them (aspect sentiment). One instance per analysis.
 */
final class AspectCollector {

    private static final int MAX_PHRASES = 5;

    private static final class Tally {
        int hits;
        double scoreSum;
        int sentences;
        int start = -1;
        int end;
        int words;
    }

    private final Map<String, Tally> topics = new LinkedHashMap<>();
    private final Map<String, Tally> phrases = new LinkedHashMap<>();

    /**
     * One sentence's aspects.
     *
     * @param score the sentence's score
     * @param sentenceTopics the topics it mentions
     * @param clauseTopicScores for a sentence of several clauses, the score of the clauses naming a topic
     * @param tokenScores the score of each token's clause
     */
    void sentence(
            double score,
            java.util.Set<String> sentenceTopics,
            Map<String, Double> clauseTopicScores,
            double[] tokenScores,
            String[] tokens,
            String[] tags,
            int[] starts,
            KeyPhraseExtractor extractor) {
        for (String topic : sentenceTopics) {
            Tally t = topics.computeIfAbsent(topic, k -> new Tally());
            t.scoreSum += clauseTopicScores.getOrDefault(topic, score);
            t.sentences++;
        }
        Map<String, Double> seenPhrases = new LinkedHashMap<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (var occurrence : extractor.extract(tokens, tags, starts)) {
            Tally tally = phrases.computeIfAbsent(occurrence.phrase(), p -> new Tally());
            tally.hits++;
            if (tally.start < 0) {
                tally.start = occurrence.start();
                tally.end = occurrence.end();
                tally.words = occurrence.words();
            }
            // a phrase takes its clause's sentiment; named twice in a sentence, the first clause's
            seenPhrases.putIfAbsent(occurrence.phrase(), tokenScores[occurrence.token()]);
            tallies.put(occurrence.phrase(), tally);
        }
        seenPhrases.forEach((phrase, clauseScore) -> {
            Tally t = tallies.get(phrase);
            t.scoreSum += clauseScore;
            t.sentences++;
        });
    }

    /**
     * The topics of the whole text, each with the sentiment of the sentences that mention it
     * (or of the whole text when no single sentence does).
     */
    List<TopicScore> topics(Map<String, Double> confidences, double documentScore, double neutralBand) {
        List<TopicScore> result = new ArrayList<>();
        confidences.forEach((topic, confidence) -> {
            Tally t = topics.get(topic);
            double score = t == null ? documentScore : t.scoreSum / t.sentences;
            result.add(new TopicScore(topic, confidence, Sentiment.of(score, neutralBand)));
        });
        result.sort(Comparator.comparingDouble(TopicScore::confidence).reversed());
        return result;
    }

    List<KeyPhrase> keyPhrases(double neutralBand) {
        double max = phrases.values().stream()
                .mapToDouble(AspectCollector::weight)
                .max()
                .orElse(1);
        List<KeyPhrase> result = new ArrayList<>();
        phrases.forEach((phrase, t) -> result.add(new KeyPhrase(
                phrase, t.start, t.end, weight(t) / max, Sentiment.of(t.scoreSum / t.sentences, neutralBand))));
        result.sort(Comparator.comparingDouble(KeyPhrase::salience).reversed().thenComparing(KeyPhrase::start));
        return result.subList(0, Math.min(MAX_PHRASES, result.size()));
    }

    /** More mentions and longer phrases are more salient. */
    private static double weight(Tally t) {
        return t.hits * (1 + 0.5 * (t.words - 1));
    }
}
