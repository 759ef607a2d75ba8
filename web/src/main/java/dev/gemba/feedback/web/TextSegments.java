package dev.gemba.feedback.web;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import jakarta.json.JsonObject;

/**
 * Cuts a feedback text into display segments: each sentence carries its sentiment, and the tokens
 * that drove the sentiment are marked. The page renders every segment escaped, so stored HTML
 * never becomes markup.
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

    public static List<Segment> of(String text, String detailJson) {
        if (detailJson == null || detailJson.isBlank()) {
            return List.of(new Segment(text, "gemba-sentence"));
        }
        JsonObject detail;
        try (var reader = JSON.createReader(new StringReader(detailJson))) {
            detail = reader.readObject();
        }
        // evidence tokens by start offset -> [end, positive?]
        TreeMap<Integer, int[]> evidence = new TreeMap<>();
        detail.getJsonArray("evidence").forEach(v -> {
            JsonObject e = v.asJsonObject();
            evidence.put(
                    e.getInt("start"),
                    new int[] {e.getInt("end"), e.getJsonNumber("weight").doubleValue() > 0 ? 1 : 0});
        });
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (var value : detail.getJsonArray("sentences")) {
            JsonObject sentence = value.asJsonObject();
            int start = Math.max(position, sentence.getInt("start"));
            int end = Math.min(text.length(), sentence.getInt("end"));
            if (start > position) {
                segments.add(new Segment(text.substring(position, start), "gemba-sentence"));
            }
            String sentenceClass =
                    "gemba-sentence gemba-" + sentence.getString("label").toLowerCase();
            int cursor = start;
            String mark = sentence.getString("label").toUpperCase(java.util.Locale.ROOT);
            for (var token : evidence.subMap(start, end).entrySet()) {
                int tokenEnd = Math.min(end, token.getValue()[0]);
                if (token.getKey() < cursor || tokenEnd <= token.getKey()) {
                    continue;
                }
                segments.add(new Segment(text.substring(cursor, token.getKey()), sentenceClass, mark));
                mark = null;
                segments.add(new Segment(
                        text.substring(token.getKey(), tokenEnd),
                        sentenceClass
                                + (token.getValue()[1] == 1 ? " gemba-driver-positive" : " gemba-driver-negative"),
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
