package dev.gemba.touchpoint.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import dev.gemba.catalog.entity.ItService;
import dev.gemba.platform.boundary.CallerLocale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A named entry that belongs to one lifecycle phase and that admins can add, rename and retire:
 * touchpoint types and information items. Retired entries stay for history but are not offered.
 */
@MappedSuperclass
public abstract class PhaseVocabulary {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private LifecyclePhase phase;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "name_key", nullable = false, length = 120)
    private String nameKey;

    /** The German name: seeded entries have one; null is none yet, "" none by the admin's choice. */
    @Column(name = "name_de", length = 120)
    private String nameDe;

    /** Fixed once created: information items' positions index the touchpoints' information masks. */
    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PhaseVocabulary() {}

    protected PhaseVocabulary(LifecyclePhase phase, String name, int position) {
        this.phase = phase;
        this.position = position;
        rename(name);
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    public abstract Long getId();

    public final void rename(String newName) {
        this.name = newName.strip();
        this.nameKey = ItService.keyOf(newName);
    }

    /** Sets the German name; blank means "no German name" (German pages then show the English one). */
    public void translate(String german) {
        this.nameDe = german == null ? null : german.strip();
    }

    public LifecyclePhase getPhase() {
        return phase;
    }

    public String getName() {
        return name;
    }

    public String getNameDe() {
        return nameDe;
    }

    /** The name in the caller's language. */
    public String label() {
        return CallerLocale.choose(name, nameDe);
    }

    public int getPosition() {
        return position;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public long getVersion() {
        return version;
    }
}
