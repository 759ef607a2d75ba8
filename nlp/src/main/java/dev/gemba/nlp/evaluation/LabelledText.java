package dev.gemba.nlp.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A text with its gold labels: one sentiment label, or one or more topic labels.
 *
 * @param text the text
 * @param labels its labels, at least one
 */
public record LabelledText(String text, List<String> labels) {

    public LabelledText {
        if (text == null || labels == null || labels.isEmpty()) {
            throw new IllegalArgumentException("a labelled text needs a text and at least one label");
        }
        labels = List.copyOf(labels);
    }

    public static LabelledText of(String text, String... labels) {
        return new LabelledText(text, List.of(labels));
    }

    /** The first (for single-label data: the only) label. */
    public String label() {
        return labels.get(0);
    }

    /** Reads JSON Lines; see {@link #read(Reader, String)}. */
    public static List<LabelledText> read(Path file, String labelField) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, labelField);
        }
    }

    /**
     * Reads JSON Lines of {@code {"text": …, "label": …}} or {@code {"text": …, "labels": […]}}.
     * Blank lines are skipped.
     *
     * @param labelField the field that holds the label(s); {@code null} takes {@code label}, then
     *     {@code labels}, then {@code topics}
     * @throws IllegalArgumentException naming the line when a line is not such an object
     */
    public static List<LabelledText> read(Reader reader, String labelField) throws IOException {
        return read(reader, labelField, false).texts();
    }

    /** What a training file held: its labelled texts, and how many lines had no label in the field. */
    public record TrainingFile(List<LabelledText> texts, int unlabelled) {}

    /**
     * Reads a training file, skipping (and counting) lines that have a text but no label in the
     * field: in Gemba's export of corrections, an item corrected for sentiment only has no topic labels.
     *
     * @throws IllegalArgumentException naming the line when a line is not a JSON object with a text
     */
    public static TrainingFile readTraining(Path file, String labelField) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, labelField, true);
        }
    }

    private static TrainingFile read(Reader reader, String labelField, boolean skipUnlabelled) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        int unlabelled = 0;
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                LabelledText text = fromJson(Json.parse(line), labelField, skipUnlabelled);
                if (text == null) {
                    unlabelled++;
                } else {
                    texts.add(text);
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return new TrainingFile(texts, unlabelled);
    }

    /** The labelled text of a line, or null when it has no label and that is allowed. */
    private static LabelledText fromJson(Object json, String labelField, boolean allowUnlabelled) {
        if (!(json instanceof Map<?, ?> map) || !(map.get("text") instanceof String text)) {
            throw new IllegalArgumentException("expected an object with a \"text\" string");
        }
        Object value = labelField != null
                ? map.get(labelField)
                : map.containsKey("label")
                        ? map.get("label")
                        : map.containsKey("labels") ? map.get("labels") : map.get("topics");
        List<String> labels = new ArrayList<>();
        if (value instanceof String s) {
            labels.add(s);
        } else if (value instanceof List<?> list) {
            list.forEach(item -> labels.add(String.valueOf(item)));
        }
        if (labels.isEmpty() && allowUnlabelled) {
            return null;
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("no label in " + (labelField == null ? "label/labels" : labelField));
        }
        return new LabelledText(text, labels);
    }
}
