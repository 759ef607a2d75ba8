package dev.gemba.survey.entity;

import java.time.Instant;
import java.util.Locale;

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
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An invitation of one person to one survey version, or the record that the fatigue rules skipped
 * it and why. Only a hash of the link's token is stored, so a database reader cannot answer in
 * somebody's name.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_invitation_seq")
    @SequenceGenerator(name = "survey_invitation_seq", sequenceName = "survey_invitation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_version_id")
    private SurveyVersion surveyVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private SurveyCampaign campaign;

    @Column(name = "ticket_ref", length = 80)
    private String ticketRef;

    @Column(name = "contact_name", length = 160)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    /** The e-mail address in lower case: fatigue rules count per person, not per spelling. */
    @Column(name = "person_key", nullable = false, length = 254)
    private String personKey;

    @Column(nullable = false, length = 2)
    private String language;

    @Embedded
    private RespondentScope scope = new RespondentScope();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "support_tier", length = 4)
    private SupportTier tier;

    @Column(name = "resolution_minutes")
    private Integer resolutionMinutes;

    @Column(name = "assignment_group", length = 120)
    private String assignmentGroup;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private InvitationStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "skip_reason", length = 30)
    private SkipReason skipReason;

    /** The reason in English with its figures (older rows have only this). */
    @Column(name = "skip_detail", length = 300)
    private String skipDetail;

    /** The figures behind the skip reason, a JSON array, to write the reason in the reader's language. */
    @Column(name = "skip_figures", length = 300)
    private String skipFigures;

    /** Answers saved before submission, so the respondent can come back (JSON). */
    @Column(length = 20000)
    private String draft;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** When a campaign invitation not yet answered gets its reminder. */
    @Column(name = "remind_due_at")
    private Instant remindDueAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    private long version;

    protected SurveyInvitation() {}

    public SurveyInvitation(
            Survey survey, String contactName, String contactEmail, String language, LifecyclePhase phase) {
        this.survey = survey;
        this.surveyVersion = survey.current();
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.personKey = personKey(contactEmail);
        this.language = language;
        this.scope = new RespondentScope(null, null, phase);
        this.status = InvitationStatus.INVITED;
    }

    public static String personKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @PrePersist
    void created() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public void context(
            BusinessUnit unit,
            ItService service,
            SupportTier tier,
            String ticketRef,
            Integer resolutionMinutes,
            String assignmentGroup,
            SurveyCampaign campaign) {
        this.scope = new RespondentScope(unit, service, getScope().getPhase());
        this.tier = tier;
        this.ticketRef = ticketRef;
        this.resolutionMinutes = resolutionMinutes;
        this.assignmentGroup = assignmentGroup;
        this.campaign = campaign;
    }

    public void invite(String tokenHash, Instant now, Instant expiresAt) {
        this.createdAt = now;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.status = InvitationStatus.INVITED;
    }

    public void skip(SkipReason reason, String detail, String figures, Instant now) {
        this.createdAt = now;
        this.status = InvitationStatus.SKIPPED;
        this.skipReason = reason;
        this.skipDetail = detail;
        this.skipFigures = figures;
    }

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public void sent(Instant now) {
        sentAt = now;
        if (campaign != null) {
            remindDueAt = now.plusSeconds(86_400L * campaign.getReminderAfterDays());
        }
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    public void opened(Instant now) {
        if (status == InvitationStatus.INVITED) {
            status = InvitationStatus.OPENED;
            openedAt = now;
        }
    }

    public void saveDraft(String json) {
        this.draft = json;
    }

    public void answered(Instant now) {
        status = InvitationStatus.ANSWERED;
        answeredAt = now;
        draft = null;
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

    public SurveyCampaign getCampaign() {
        return campaign;
    }

    public String getTicketRef() {
        return ticketRef;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getLanguage() {
        return language;
    }

    public SupportTier getTier() {
        return tier;
    }

    public Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public String getAssignmentGroup() {
        return assignmentGroup;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public SkipReason getSkipReason() {
        return skipReason;
    }

    public String getSkipDetail() {
        return skipDetail;
    }

    public String getSkipFigures() {
        return skipFigures;
    }

    public String getDraft() {
        return draft;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    /** Whom the survey reached: never null, also when Hibernate left an all-null scope null. */
    public RespondentScope getScope() {
        if (scope == null) {
            scope = new RespondentScope();
        }
        return scope;
    }
}
