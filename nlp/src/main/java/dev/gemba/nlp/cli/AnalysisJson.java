package dev.gemba.nlp.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.gemba.nlp.Analysis;

/** An {@link Analysis} as JSON-ready maps and lists, for {@code analyze}'s output. */
final class AnalysisJson {

    private AnalysisJson() {}

    static Map<String, Object> of(Analysis a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("language", a.language());
        json.put("languageConfidence", a.languageConfidence());
        json.put("label", a.label().name());
        json.put("score", a.score());
        json.put("confidence", a.confidence());
        json.put(
                "sentences",
                a.sentences().stream()
                        .map(s -> map(
                                "start",
                                s.start(),
                                "end",
                                s.end(),
                                "label",
                                s.label().name(),
                                "score",
                                s.score(),
                                "confidence",
                                s.confidence()))
                        .toList());
        json.put(
                "topics",
                a.topics().stream()
                        .map(t -> map(
                                "topic",
                                t.topic(),
                                "confidence",
                                t.confidence(),
                                "sentiment",
                                t.sentiment().name()))
                        .toList());
        json.put(
                "keyPhrases",
                a.keyPhrases().stream()
                        .map(k -> map(
                                "phrase",
                                k.phrase(),
                                "start",
                                k.start(),
                                "end",
                                k.end(),
                                "salience",
                                k.salience(),
                                "sentiment",
                                k.sentiment().name()))
                        .toList());
        json.put(
                "evidence",
                a.evidence().stream()
                        .map(e -> map("token", e.token(), "start", e.start(), "end", e.end(), "weight", e.weight()))
                        .toList());
        json.put("modelVersion", a.modelVersion());
        return json;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
