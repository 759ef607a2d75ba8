package dev.gemba.feedback.control;

import static dev.gemba.platform.control.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;

import dev.gemba.nlp.Analysis;

/** The parts of an analysis that are only displayed (sentences, phrases, evidence), as compact JSON. */
final class AnalysisDetail {

    private AnalysisDetail() {}

    static String toJson(Analysis a) {
        JsonArrayBuilder sentences = JSON.createArrayBuilder();
        a.sentences()
                .forEach(s -> sentences.add(JSON.createObjectBuilder()
                        .add("start", s.start())
                        .add("end", s.end())
                        .add("label", s.label().name())
                        .add("score", round(s.score()))));
        JsonArrayBuilder phrases = JSON.createArrayBuilder();
        a.keyPhrases()
                .forEach(k -> phrases.add(JSON.createObjectBuilder()
                        .add("phrase", k.phrase())
                        .add("start", k.start())
                        .add("end", k.end())
                        .add("salience", round(k.salience()))
                        .add("sentiment", k.sentiment().name())));
        JsonArrayBuilder evidence = JSON.createArrayBuilder();
        a.evidence()
                .forEach(e -> evidence.add(JSON.createObjectBuilder()
                        .add("token", e.token())
                        .add("start", e.start())
                        .add("end", e.end())
                        .add("weight", round(e.weight()))));
        return JSON.createObjectBuilder()
                .add("languageConfidence", round(a.languageConfidence()))
                .add("sentences", sentences)
                .add("keyPhrases", phrases)
                .add("evidence", evidence)
                .build()
                .toString();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
