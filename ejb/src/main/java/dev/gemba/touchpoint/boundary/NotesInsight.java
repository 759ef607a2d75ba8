package dev.gemba.touchpoint.boundary;

import java.util.Arrays;
import java.util.List;

import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.touchpoint.entity.NotesAnalysis;

/** The analysis of a touchpoint's notes: PENDING until the queue gets to it. */
public record NotesInsight(
        AnalysisStatus status,
        String language,
        Sentiment sentiment,
        Double score,
        List<String> topics,
        List<String> keyPhrases,
        String modelVersion,
        String error) {

    static NotesInsight of(NotesAnalysis a) {
        return new NotesInsight(
                a.getStatus(),
                a.getLanguage(),
                a.getSentiment(),
                a.getScore(),
                split(a.getTopics(), ","),
                split(a.getKeyPhrases(), "; "),
                a.getModelVersion(),
                a.getError());
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(separator));
    }
}
