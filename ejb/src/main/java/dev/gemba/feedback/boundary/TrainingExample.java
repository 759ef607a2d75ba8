package dev.gemba.feedback.boundary;

import java.util.List;

import dev.gemba.feedback.entity.FeedbackCorrection;

/** One corrected item in the NLP module's JSONL training format: text, sentiment label, topic labels. */
public record TrainingExample(String text, String label, List<String> labels, String correctedBy) {

    static TrainingExample of(FeedbackCorrection c) {
        return new TrainingExample(
                c.getFeedback().getText(),
                c.getSentiment() == null ? null : c.getSentiment().name().toLowerCase(java.util.Locale.ROOT),
                c.getTopics() == null ? List.of() : List.of(c.getTopics().split(",")),
                c.getCorrectedBy());
    }
}
