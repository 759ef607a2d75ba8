package dev.gemba.analysis.entity;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.Serializable;
import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/**
 * The parts of an analysis that are only displayed: the sentences with their sentiment, the key
 * phrases and the evidence that drove the sentiment. Stored as compact JSON in one column; this
 * record is the only code that writes or reads that JSON ({@link #toJson}, {@link #fromJson}).
 * Offsets point into the analysed text. Immutable.
 */
public record AnalysisDetail(
        double languageConfidence, List<Sentence> sentences, List<KeyPhrase> keyPhrases, List<Evidence> evidence)
        implements Serializable {

    public AnalysisDetail {
        sentences = List.copyOf(sentences);
        keyPhrases = List.copyOf(keyPhrases);
        evidence = List.copyOf(evidence);
    }

    /** A sentence and its sentiment (MIXED when its clauses clearly disagree). */
    public record Sentence(int start, int end, Sentiment label, double score) implements Serializable {}

    /** A salient phrase with the sentiment of the sentences that mention it. */
    public record KeyPhrase(String phrase, int start, int end, double salience, Sentiment sentiment)
            implements Serializable {}

    /** A word or phrase that pushed the sentiment: below zero towards negative. */
    public record Evidence(String token, int start, int end, double weight, EvidenceKind kind) implements Serializable {

        public boolean positive() {
            return weight > 0;
        }
    }

    public String toJson() {
        JsonArrayBuilder sentenceArray = JSON.createArrayBuilder();
        sentences.forEach(s -> sentenceArray.add(JSON.createObjectBuilder()
                .add("start", s.start())
                .add("end", s.end())
                .add("label", s.label().name())
                .add("score", round(s.score()))));
        JsonArrayBuilder phraseArray = JSON.createArrayBuilder();
        keyPhrases.forEach(k -> phraseArray.add(JSON.createObjectBuilder()
                .add("phrase", k.phrase())
                .add("start", k.start())
                .add("end", k.end())
                .add("salience", round(k.salience()))
                .add("sentiment", k.sentiment().name())));
        JsonArrayBuilder evidenceArray = JSON.createArrayBuilder();
        evidence.forEach(e -> evidenceArray.add(JSON.createObjectBuilder()
                .add("token", e.token())
                .add("start", e.start())
                .add("end", e.end())
                .add("weight", round(e.weight()))
                .add("kind", e.kind().name())));
        return JSON.createObjectBuilder()
                .add("languageConfidence", round(languageConfidence))
                .add("sentences", sentenceArray)
                .add("keyPhrases", phraseArray)
                .add("evidence", evidenceArray)
                .build()
                .toString();
    }

    /** Reads what {@link #toJson} wrote (evidence stored before kinds were kept reads as WORD). */
    public static AnalysisDetail fromJson(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        JsonObject detail;
        try (var reader = JSON.createReader(new StringReader(json))) {
            detail = reader.readObject();
        }
        return new AnalysisDetail(
                detail.containsKey("languageConfidence")
                        ? detail.getJsonNumber("languageConfidence").doubleValue()
                        : 0,
                array(detail, "sentences").stream()
                        .map(v -> v.asJsonObject())
                        .map(s -> new Sentence(
                                s.getInt("start"),
                                s.getInt("end"),
                                Sentiment.valueOf(s.getString("label")),
                                s.getJsonNumber("score").doubleValue()))
                        .toList(),
                array(detail, "keyPhrases").stream()
                        .map(v -> v.asJsonObject())
                        .map(k -> new KeyPhrase(
                                k.getString("phrase"),
                                k.getInt("start"),
                                k.getInt("end"),
                                k.getJsonNumber("salience").doubleValue(),
                                Sentiment.valueOf(k.getString("sentiment", Sentiment.NEUTRAL.name()))))
                        .toList(),
                array(detail, "evidence").stream()
                        .map(v -> v.asJsonObject())
                        .map(e -> new Evidence(
                                e.getString("token", ""),
                                e.getInt("start"),
                                e.getInt("end"),
                                e.getJsonNumber("weight").doubleValue(),
                                EvidenceKind.valueOf(e.getString("kind", EvidenceKind.WORD.name()))))
                        .toList());
    }

    private static JsonArray array(JsonObject detail, String name) {
        JsonArray array = detail.getJsonArray(name);
        return array == null ? JsonArray.EMPTY_JSON_ARRAY : array;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
