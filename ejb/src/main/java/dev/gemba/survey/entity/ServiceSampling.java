package dev.gemba.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The share of a service's closed tickets that get a transactional survey. */
@Entity
@Table(name = "survey_sampling")
public class ServiceSampling {

    @Id
    @Column(name = "service_id")
    private Long serviceId;

    @Column(nullable = false)
    private int percent;

    protected ServiceSampling() {}

    public ServiceSampling(long serviceId, int percent) {
        this.serviceId = serviceId;
        this.percent = percent;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public int getPercent() {
        return percent;
    }

    public void setPercent(int percent) {
        this.percent = percent;
    }
}
