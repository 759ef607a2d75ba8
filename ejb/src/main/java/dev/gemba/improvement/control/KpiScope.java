package dev.gemba.improvement.control;

/** Where a KPI is measured: any of a service, a business unit and a feedback topic (null: any). */
public record KpiScope(Long serviceId, Long businessUnitId, String topic) {}
