package dev.gemba.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The fatigue rules, one set for all survey kinds: a person is counted across transactional,
 * relationship and pulse surveys alike. There is exactly one row (id 1); sampling per service
 * is in {@link ServiceSampling}.
 */
@Entity
@Table(name = "survey_policy")
public class SurveyPolicy {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "max_per_30_days", nullable = false)
    private int maxPer30Days;

    @Column(name = "min_days_between", nullable = false)
    private int minDaysBetween;

    @Column(name = "quiet_days_after_complaint", nullable = false)
    private int quietDaysAfterComplaint;

    @Column(name = "default_sampling_percent", nullable = false)
    private int defaultSamplingPercent;

    /** How long an invitation link can be used. */
    @Column(name = "valid_days", nullable = false)
    private int validDays;

    @Version
    private long version;

    protected SurveyPolicy() {}

    public void change(int maxPer30Days, int minDaysBetween, int quietDays, int defaultSampling, int validDays) {
        this.maxPer30Days = maxPer30Days;
        this.minDaysBetween = minDaysBetween;
        this.quietDaysAfterComplaint = quietDays;
        this.defaultSamplingPercent = defaultSampling;
        this.validDays = validDays;
    }

    public int getMaxPer30Days() {
        return maxPer30Days;
    }

    public int getMinDaysBetween() {
        return minDaysBetween;
    }

    public int getQuietDaysAfterComplaint() {
        return quietDaysAfterComplaint;
    }

    public int getDefaultSamplingPercent() {
        return defaultSamplingPercent;
    }

    public int getValidDays() {
        return validDays;
    }

    public long getVersion() {
        return version;
    }
}
