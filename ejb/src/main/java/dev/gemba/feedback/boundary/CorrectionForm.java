package dev.gemba.feedback.boundary;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.analysis.entity.Sentiment;

/** A person's labels for a feedback item; version is the one the correction was based on. */
public record CorrectionForm(@NotNull Sentiment sentiment, @Size(max = 13) Set<String> topics, @NotNull Long version) {

    public CorrectionForm {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }
}
