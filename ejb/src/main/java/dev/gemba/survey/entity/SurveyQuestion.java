package dev.gemba.survey.entity;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One question in English and German. A conditional question is shown only when the answer to
 * an earlier scored question lies within [showIfMin, showIfMax].
 */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

    /** Choices are stored one per line. */
    private static final String CHOICE_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_question_seq")
    @SequenceGenerator(name = "survey_question_seq", sequenceName = "survey_question_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_version_id")
    private SurveyVersion surveyVersion;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private QuestionType type;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    @Column(name = "text_de", nullable = false, length = 500)
    private String textDe;

    @Column(name = "choices_en", length = 2000)
    private String choicesEn;

    @Column(name = "choices_de", length = 2000)
    private String choicesDe;

    @Column(name = "show_if_code", length = 40)
    private String showIfCode;

    @Column(name = "show_if_min")
    private Integer showIfMin;

    @Column(name = "show_if_max")
    private Integer showIfMax;

    protected SurveyQuestion() {}

    public SurveyQuestion(
            String code,
            QuestionType type,
            boolean required,
            String textEn,
            String textDe,
            List<String> choicesEn,
            List<String> choicesDe) {
        this.code = code;
        this.type = type;
        this.required = required;
        this.textEn = textEn;
        this.textDe = textDe;
        this.choicesEn = join(choicesEn);
        this.choicesDe = join(choicesDe);
    }

    public void showIf(String code, Integer min, Integer max) {
        this.showIfCode = code;
        this.showIfMin = min;
        this.showIfMax = max;
    }

    void attach(SurveyVersion version, int position) {
        this.surveyVersion = version;
        this.position = position;
    }

    private static String join(List<String> choices) {
        return choices == null || choices.isEmpty() ? null : String.join(CHOICE_SEPARATOR, choices);
    }

    private static List<String> split(String choices) {
        return choices == null ? List.of() : Arrays.asList(choices.split(CHOICE_SEPARATOR));
    }

    public Long getId() {
        return id;
    }

    public SurveyVersion getSurveyVersion() {
        return surveyVersion;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public QuestionType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextDe() {
        return textDe;
    }

    public String text(String language) {
        return "de".equals(language) ? textDe : textEn;
    }

    public List<String> getChoicesEn() {
        return split(choicesEn);
    }

    public List<String> getChoicesDe() {
        return split(choicesDe);
    }

    public List<String> choices(String language) {
        return "de".equals(language) ? getChoicesDe() : getChoicesEn();
    }

    public String getShowIfCode() {
        return showIfCode;
    }

    public Integer getShowIfMin() {
        return showIfMin;
    }

    public Integer getShowIfMax() {
        return showIfMax;
    }
}
