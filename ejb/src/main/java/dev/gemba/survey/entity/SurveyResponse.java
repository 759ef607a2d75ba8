package dev.gemba.survey.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A submitted set of answers with the dimensions scores are cut by. The headline CSAT, NPS and
 * CES (the first question of each type) are copied into columns so that scoring is one scan.
 * For an anonymous survey the invitation is not linked: nothing leads back to the person.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_response_seq")
    @SequenceGenerator(name = "survey_response_seq", sequenceName = "survey_response_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_version_id")
    private SurveyVersion surveyVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    private SurveyInvitation invitation;

    @Column(name = "external_id", length = 120)
    private String externalId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(nullable = false, length = 2)
    private String language;

    @Embedded
    private RespondentScope scope = new RespondentScope();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "support_tier", length = 4)
    private SupportTier tier;

    private Integer csat;

    private Integer nps;

    private Integer ces;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "feedback_id")
    private Feedback feedback;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<SurveyAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {}

    public SurveyResponse(SurveyVersion version, Instant submittedAt, String language, LifecyclePhase phase) {
        this.survey = version.getSurvey();
        this.surveyVersion = version;
        this.submittedAt = submittedAt;
        this.language = language;
        this.scope = new RespondentScope(null, null, phase);
    }

    public void context(BusinessUnit unit, ItService service, SupportTier tier) {
        this.scope = new RespondentScope(unit, service, getScope().getPhase());
        this.tier = tier;
    }

    public void linkInvitation(SurveyInvitation invitation) {
        this.invitation = invitation;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public void scores(Integer csat, Integer nps, Integer ces) {
        this.csat = csat;
        this.nps = nps;
        this.ces = ces;
    }

    public void setFeedback(Feedback feedback) {
        this.feedback = feedback;
    }

    public Long getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public SurveyVersion getSurveyVersion() {
        return surveyVersion;
    }

    public SurveyInvitation getInvitation() {
        return invitation;
    }

    public String getExternalId() {
        return externalId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getLanguage() {
        return language;
    }

    public SupportTier getTier() {
        return tier;
    }

    public Integer getCsat() {
        return csat;
    }

    public Integer getNps() {
        return nps;
    }

    public Integer getCes() {
        return ces;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    public List<SurveyAnswer> getAnswers() {
        return answers;
    }

    /** Whom the survey reached: never null, also when Hibernate left an all-null scope null. */
    public RespondentScope getScope() {
        if (scope == null) {
            scope = new RespondentScope();
        }
        return scope;
    }
}
