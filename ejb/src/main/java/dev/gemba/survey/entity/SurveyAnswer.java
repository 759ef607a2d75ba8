package dev.gemba.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One answer: a score or the index of a single choice in {@code valueInt}; free text, or the
 * chosen indexes of a multiple choice joined by commas, in {@code valueText}. Choices are stored
 * by index so that answers in English and German count together.
 */
@Embeddable
public class SurveyAnswer {

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "value_int")
    private Integer valueInt;

    @Column(name = "value_text", length = 4000)
    private String valueText;

    protected SurveyAnswer() {}

    public SurveyAnswer(long questionId, Integer valueInt, String valueText) {
        this.questionId = questionId;
        this.valueInt = valueInt;
        this.valueText = valueText;
    }

    public long getQuestionId() {
        return questionId;
    }

    public Integer getValueInt() {
        return valueInt;
    }

    public String getValueText() {
        return valueText;
    }
}
