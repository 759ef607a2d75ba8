package dev.gemba.survey.entity;

import java.time.Instant;

import jakarta.persistence.Column;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A relationship survey sent to the key contacts of business units (one unit, the units using a
 * service, or all), on a date, with one reminder to those who have not answered.
 */
@Entity
@Table(name = "survey_campaign")
public class SurveyCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_campaign_seq")
    @SequenceGenerator(name = "survey_campaign_seq", sequenceName = "survey_campaign_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Column(nullable = false, length = 160)
    private String name;

    @Embedded
    private RespondentScope scope = new RespondentScope();

    /** The language of the mail and the response page (en or de). */
    @Column(nullable = false, length = 2)
    private String language = "en";

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "reminder_after_days", nullable = false)
    private int reminderAfterDays;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private CampaignStatus status = CampaignStatus.SCHEDULED;

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SurveyCampaign() {}

    public SurveyCampaign(
            Survey survey,
            String name,
            BusinessUnit businessUnit,
            ItService service,
            LifecyclePhase phase,
            Instant scheduledAt,
            int reminderAfterDays,
            String createdBy) {
        this.survey = survey;
        this.name = name;
        this.scope = new RespondentScope(businessUnit, service, phase);
        this.scheduledAt = scheduledAt;
        this.reminderAfterDays = reminderAfterDays;
        this.createdBy = createdBy;
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
    }

    public void launched(Instant now) {
        status = CampaignStatus.LAUNCHED;
        launchedAt = now;
    }

    public void cancel() {
        status = CampaignStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public String getName() {
        return name;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public int getReminderAfterDays() {
        return reminderAfterDays;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    /** Whom the survey reached: never null, also when Hibernate left an all-null scope null. */
    public RespondentScope getScope() {
        if (scope == null) {
            scope = new RespondentScope();
        }
        return scope;
    }
}
