package dev.gemba.survey.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The questions of a survey as respondents saw them at one time. */
@Entity
@Table(name = "survey_version")
public class SurveyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_version_seq")
    @SequenceGenerator(name = "survey_version_seq", sequenceName = "survey_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(nullable = false)
    private int number;

    @OneToMany(mappedBy = "surveyVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SurveyVersion() {}

    SurveyVersion(Survey survey, int number, String createdBy) {
        this.survey = survey;
        this.number = number;
        this.createdBy = createdBy;
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
    }

    /** Replaces the questions; only allowed while the version has no answers (the service checks). */
    public void replaceQuestions(List<SurveyQuestion> replacement) {
        questions.clear();
        int position = 0;
        for (SurveyQuestion q : replacement) {
            q.attach(this, position++);
            questions.add(q);
        }
    }

    public Optional<SurveyQuestion> question(String code) {
        return questions.stream().filter(q -> q.getCode().equals(code)).findFirst();
    }

    /** The first question of a scored type: the survey's headline CSAT, NPS or CES. */
    public Optional<SurveyQuestion> headline(QuestionType type) {
        return questions.stream().filter(q -> q.getType() == type).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public int getNumber() {
        return number;
    }

    public List<SurveyQuestion> getQuestions() {
        return questions;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
