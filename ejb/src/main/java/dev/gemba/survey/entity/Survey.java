package dev.gemba.survey.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.platform.boundary.CallerLocale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A survey and its versions. Answers always belong to the version the respondent saw: changing
 * the questions of a survey that has answers adds a version instead of altering the old one.
 */
@Entity
@Table(name = "survey")
public class Survey {

    public static final int MAX_NAME = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    /** The title German respondents and readers see; null when the survey has none. */
    @Column(name = "name_de", length = MAX_NAME)
    private String nameDe;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SurveyKind kind;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<SurveyVersion> versions = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Survey() {}

    public Survey(String name, SurveyKind kind, boolean anonymous, String createdBy) {
        this.name = name;
        this.kind = kind;
        this.anonymous = anonymous;
        this.createdBy = createdBy;
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }

    /** Starts a new version with no questions yet and makes it current. */
    public SurveyVersion addVersion(String by) {
        SurveyVersion next = new SurveyVersion(this, versions.size() + 1, by);
        versions.add(next);
        currentVersion = next.getNumber();
        return next;
    }

    public SurveyVersion current() {
        return versions.stream()
                .filter(v -> v.getNumber() == currentVersion)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("survey " + id + " has no version " + currentVersion));
    }

    public void rename(String name, SurveyKind kind, boolean anonymous) {
        this.name = name;
        this.kind = kind;
        this.anonymous = anonymous;
    }

    /** Sets the German title; blank removes it. */
    public void translate(String nameDe) {
        this.nameDe = nameDe == null || nameDe.isBlank() ? null : nameDe.strip();
    }

    /** Marks the survey changed although only its versions' questions did. */
    public void touch() {
        updatedAt = Instant.now();
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameDe() {
        return nameDe;
    }

    /** The title in a language (en or de): the German one when asked for and there is one. */
    public String title(String language) {
        return "de".equals(language) && nameDe != null ? nameDe : name;
    }

    /** The title in the caller's language. */
    public String label() {
        return CallerLocale.choose(name, nameDe);
    }

    public SurveyKind getKind() {
        return kind;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isRetired() {
        return retired;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public List<SurveyVersion> getVersions() {
        return versions;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
