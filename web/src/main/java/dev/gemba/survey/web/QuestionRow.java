package dev.gemba.survey.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import dev.gemba.survey.boundary.QuestionForm;
import dev.gemba.survey.entity.QuestionType;

/** A question being edited on the surveys page; choices are typed one per line. */
public class QuestionRow implements Serializable {

    private String code;
    private QuestionType type = QuestionType.CSAT;
    private boolean required;
    private String textEn;
    private String textDe;
    private String choicesEn;
    private String choicesDe;
    private String showIfCode;
    private Integer showIfMin;
    private Integer showIfMax;

    static QuestionRow of(QuestionForm q) {
        QuestionRow row = new QuestionRow();
        row.code = q.code();
        row.type = q.type();
        row.required = q.required();
        row.textEn = q.textEn();
        row.textDe = q.textDe();
        row.choicesEn = String.join("\n", q.choicesEn());
        row.choicesDe = String.join("\n", q.choicesDe());
        row.showIfCode = q.showIfCode();
        row.showIfMin = q.showIfMin();
        row.showIfMax = q.showIfMax();
        return row;
    }

    QuestionForm toForm() {
        return new QuestionForm(
                code,
                type,
                required,
                textEn,
                textDe,
                lines(choicesEn),
                lines(choicesDe),
                showIfCode,
                showIfMin,
                showIfMax);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextDe() {
        return textDe;
    }

    public void setTextDe(String textDe) {
        this.textDe = textDe;
    }

    public String getChoicesEn() {
        return choicesEn;
    }

    public void setChoicesEn(String choicesEn) {
        this.choicesEn = choicesEn;
    }

    public String getChoicesDe() {
        return choicesDe;
    }

    public void setChoicesDe(String choicesDe) {
        this.choicesDe = choicesDe;
    }

    public String getShowIfCode() {
        return showIfCode;
    }

    public void setShowIfCode(String showIfCode) {
        this.showIfCode = showIfCode;
    }

    public Integer getShowIfMin() {
        return showIfMin;
    }

    public void setShowIfMin(Integer showIfMin) {
        this.showIfMin = showIfMin;
    }

    public Integer getShowIfMax() {
        return showIfMax;
    }

    public void setShowIfMax(Integer showIfMax) {
        this.showIfMax = showIfMax;
    }
}
