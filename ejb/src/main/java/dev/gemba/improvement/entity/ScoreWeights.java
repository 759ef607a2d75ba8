package dev.gemba.improvement.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one row of weights (exponents) of the priority score's components, set by admins. */
@Entity
@Table(name = "improvement_weights")
public class ScoreWeights {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(nullable = false)
    private double reach;

    @Column(nullable = false)
    private double impact;

    @Column(nullable = false)
    private double confidence;

    @Column(nullable = false)
    private double effort;

    @Column(name = "updated_by", length = 80)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected ScoreWeights() {}

    public void change(double reach, double impact, double confidence, double effort, String by, Instant at) {
        this.reach = reach;
        this.impact = impact;
        this.confidence = confidence;
        this.effort = effort;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public double getReach() {
        return reach;
    }

    public double getImpact() {
        return impact;
    }

    public double getConfidence() {
        return confidence;
    }

    public double getEffort() {
        return effort;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
