package dev.gemba.survey.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyKind;

/**
 * A survey definition to create or change.
 *
 * @param anonymous answers are stored without the respondent's identity
 * @param version the version read before the change (optimistic locking); ignored on create
 */
public record SurveyForm(
        @NotBlank @Size(max = Survey.MAX_NAME) String name,
        @NotNull SurveyKind kind,
        boolean anonymous,
        @NotEmpty @Size(max = 40) List<@NotNull @Valid QuestionForm> questions,
        Long version) {

    public SurveyForm {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
