package dev.gemba.survey.boundary;

import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;
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
 * @param nameDe the German title respondents and German readers see; none when blank
 * @param anonymous answers are stored without the respondent's identity
 * @param version the version read before the change (optimistic locking); ignored on create
 */
public record SurveyForm(
        @NotBlank @Size(max = Survey.MAX_NAME) String name,
        @Size(max = Survey.MAX_NAME) String nameDe,
        @NotNull SurveyKind kind,
        boolean anonymous,
        @NotEmpty @Size(max = 40) List<@NotNull @Valid QuestionForm> questions,
        Long version) {

    @JsonbCreator // the API's constructor; the shorter one is for callers without a German name
    public SurveyForm {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A survey without a German title. */
    public SurveyForm(String name, SurveyKind kind, boolean anonymous, List<QuestionForm> questions, Long version) {
        this(name, null, kind, anonymous, questions, version);
    }
}
