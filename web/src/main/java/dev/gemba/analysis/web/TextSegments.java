package dev.gemba.analysis.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import dev.gemba.analysis.entity.AnalysisDetail;

/**
 * Cuts an analysed text into display segments: each sentence carries its sentiment (negative,
 * neutral, positive or mixed), and the tokens that drove the sentiment are marked. The page
 * renders every segment escaped, so stored HTML never becomes markup.
 */
public final class TextSegments {

    /** A piece of the text and the CSS classes to show it with. */
    public record Segment(String text, String styleClass) implements Serializable {}

    private TextSegments() {}

    public static List<Segment> of(String text, AnalysisDetail detail) {
        if (detail == null) {
            return List.of(new Segment(text, "gemba-sentence"));
        }
        TreeMap<Integer, AnalysisDetail.Evidence> evidence = new TreeMap<>();
        detail.evidence().forEach(e -> evidence.put(e.start(), e));
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AnalysisDetail.Sentence sentence : detail.sentences()) {
            int start = Math.max(position, sentence.start());
            int end = Math.min(text.length(), sentence.end());
            if (start > position) {
                segments.add(new Segment(text.substring(position, start), "gemba-sentence"));
            }
            String sentenceClass =
                    "gemba-sentence gemba-" + sentence.label().name().toLowerCase(Locale.ROOT);
            int cursor = start;
            for (AnalysisDetail.Evidence token : evidence.subMap(start, end).values()) {
                int tokenEnd = Math.min(end, token.end());
                if (token.start() < cursor || tokenEnd <= token.start()) {
                    continue;
                }
                segments.add(new Segment(text.substring(cursor, token.start()), sentenceClass));
                segments.add(new Segment(
                        text.substring(token.start(), tokenEnd),
                        sentenceClass + (token.positive() ? " gemba-driver-positive" : " gemba-driver-negative")));
                cursor = tokenEnd;
            }
            segments.add(new Segment(text.substring(cursor, Math.max(cursor, end)), sentenceClass));
            position = Math.max(position, end);
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), "gemba-sentence"));
        }
        return segments.stream().filter(s -> !s.text().isEmpty()).toList();
    }
}
