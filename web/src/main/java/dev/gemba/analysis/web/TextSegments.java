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

    /**
     * A piece of the text and the CSS classes to show it with; the first piece of a sentence with
     * a sentiment also names it ({@code mark}, such as NEGATIVE), so that it is said in words and
     * shown by an icon, not by colour alone.
     */
    public record Segment(String text, String styleClass, String mark) implements Serializable {

        Segment(String text, String styleClass) {
            this(text, styleClass, null);
        }

        /** The icon that shows the sentiment beside its colour. */
        public String icon() {
            return SentimentIcons.of(mark);
        }
    }

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
            String mark = sentence.label().name();
            for (AnalysisDetail.Evidence token : evidence.subMap(start, end).values()) {
                int tokenEnd = Math.min(end, token.end());
                if (token.start() < cursor || tokenEnd <= token.start()) {
                    continue;
                }
                segments.add(new Segment(text.substring(cursor, token.start()), sentenceClass, mark));
                mark = null;
                segments.add(new Segment(
                        text.substring(token.start(), tokenEnd),
                        sentenceClass + (token.positive() ? " gemba-driver-positive" : " gemba-driver-negative"),
                        mark));
                cursor = tokenEnd;
            }
            segments.add(new Segment(text.substring(cursor, Math.max(cursor, end)), sentenceClass, mark));
            position = Math.max(position, end);
        }
        if (position < text.length()) {
            segments.add(new Segment(text.substring(position), "gemba-sentence"));
        }
        return segments.stream()
                .filter(s -> !s.text().isEmpty() || s.mark() != null)
                .toList();
    }
}
