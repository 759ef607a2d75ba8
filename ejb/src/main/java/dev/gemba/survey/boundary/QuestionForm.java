package dev.gemba.survey.boundary;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.gemba.survey.entity.QuestionType;
import dev.gemba.survey.entity.SurveyQuestion;

/**
 * A question as an author writes it, in English and German.
 *
 * @param code stable within the survey, used by conditions and exports
 * @param showIfCode show this question only when the answer to that earlier scored question lies
 *     within [showIfMin, showIfMax] (either bound may be open)
 */
public record QuestionForm(
        @NotBlank @Pattern(regexp = "[a-z0-9_-]{1,40}", message = "{gemba.question.code}") String code,
        @NotNull QuestionType type,
        boolean required,
        @NotBlank @Size(max = 500) String textEn,
        @NotBlank @Size(max = 500) String textDe,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> choicesEn,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> choicesDe,
        String showIfCode,
        Integer showIfMin,
        Integer showIfMax) {

    public QuestionForm {
        choicesEn = choicesEn == null ? List.of() : List.copyOf(choicesEn);
        choicesDe = choicesDe == null ? List.of() : List.copyOf(choicesDe);
        showIfCode = showIfCode == null || showIfCode.isBlank() ? null : showIfCode.strip();
    }

    static QuestionForm of(SurveyQuestion q) {
        return new QuestionForm(
                q.getCode(),
                q.getType(),
                q.isRequired(),
                q.getTextEn(),
                q.getTextDe(),
                q.getChoicesEn(),
                q.getChoicesDe(),
                q.getShowIfCode(),
                q.getShowIfMin(),
                q.getShowIfMax());
    }

    SurveyQuestion toQuestion() {
        var q = new SurveyQuestion(
                code,
                type,
                required,
                textEn.strip(),
                textDe.strip(),
                type.hasChoices() ? choicesEn : null,
                type.hasChoices() ? choicesDe : null);
        q.showIf(showIfCode, showIfCode == null ? null : showIfMin, showIfCode == null ? null : showIfMax);
        return q;
    }
}
