package dev.gemba.finding.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.finding.control.EvidenceReader;
import dev.gemba.finding.control.FindingRepository;
import dev.gemba.finding.control.ImpactCalculator;
import dev.gemba.finding.entity.EvidenceQuery;
import dev.gemba.finding.entity.Finding;
import dev.gemba.finding.entity.FindingEvidence;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;

/**
 * Findings: every role reads; relationship managers, the service desk and admins raise, restate
 * and delete them and link or unlink evidence.
 */
@Stateless
@RolesAllowed(Role.ANY_SIGNED_IN)
public class FindingService {

    @Inject
    FindingRepository findings;

    @Inject
    ImpactCalculator calculator;

    @Inject
    EvidenceReader reader;

    @Inject
    ItServiceRepository services;

    @Inject
    BusinessUnitRepository units;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    public Page<FindingSummary> search(FindingQuery query, PageRequest page) {
        var items =
                findings.search(query, page).stream().map(FindingSummary::of).toList();
        return new Page<>(items, page.page(), page.size(), findings.count(query));
    }

    public FindingDetails get(long id) {
        return details(findings.findWithScope(id).orElseThrow(() -> new RecordNotFoundException("finding", id)));
    }

    /** The impact figures alone, e.g. for a list that shows them beside each finding. */
    public FindingImpact impact(long id) {
        return calculator.impact(load(id), clock.instant());
    }

    /** What customers said, as the impact quotes them, without computing the rest of the impact. */
    public List<Verbatim> verbatims(long id) {
        return calculator.verbatims(load(id), clock.instant());
    }

    /** The finding's title, e.g. for a list of links to it. */
    public String title(long id) {
        return load(id).getTitle();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public FindingDetails create(FindingForm form) {
        validator.check(form);
        if (form.serviceId() == null
                && form.businessUnitId() == null
                && form.query() == null
                && form.feedbackIds().isEmpty()) {
            throw new InvalidInputException("serviceId", text("finding.no-evidence"));
        }
        var finding = new Finding(form.title().strip(), form.statement().strip(), form.origin(), caller());
        apply(form, finding);
        String by = caller();
        List<Long> feedback = requireFeedback(form.feedbackIds(), "feedbackIds");
        feedback.forEach(id -> finding.link(FindingEvidence.feedback(id, by)));
        findings.store(finding);
        findings.flush();
        return details(finding);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public FindingDetails update(long id, FindingForm form) {
        validator.check(form);
        Finding finding = load(id);
        if (form.version() == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (form.version() != finding.getVersion()) {
            throw new StaleUpdateException("finding", id, form.version(), finding.getVersion());
        }
        apply(form, finding);
        findings.flush();
        return details(finding);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public void delete(long id) {
        findings.remove(load(id));
    }

    /** Links one item; linking an item that is already linked changes nothing. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public FindingDetails link(long id, EvidenceLinkForm form) {
        validator.check(form);
        Finding finding = load(id);
        finding.link(evidence(form));
        findings.flush();
        return details(finding);
    }

    /** Links feedback items, e.g. an inbox selection added to an existing finding. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public FindingDetails linkFeedback(long id, List<Long> feedbackIds) {
        Finding finding = load(id);
        String by = caller();
        requireFeedback(feedbackIds, "feedbackIds").forEach(f -> finding.link(FindingEvidence.feedback(f, by)));
        findings.flush();
        return details(finding);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public FindingDetails unlink(long evidenceId) {
        Finding finding = findings.findByEvidence(evidenceId)
                .orElseThrow(() -> new RecordNotFoundException("evidence", evidenceId));
        finding.unlink(evidenceId);
        findings.flush();
        return details(finding);
    }

    private void apply(FindingForm form, Finding finding) {
        List<FieldError> errors = new ArrayList<>();
        ItService service = null;
        if (form.serviceId() != null) {
            service = services.find(form.serviceId()).orElse(null);
            if (service == null) {
                errors.add(new FieldError("serviceId", text("service.unknown", form.serviceId())));
            }
        }
        BusinessUnit unit = null;
        if (form.businessUnitId() != null) {
            unit = units.find(form.businessUnitId()).orElse(null);
            if (unit == null) {
                errors.add(new FieldError("businessUnitId", text("business-unit.unknown", form.businessUnitId())));
            }
        }
        var q = form.query();
        if (q != null && q.since() != null && q.until() != null && q.until().isBefore(q.since())) {
            errors.add(new FieldError("query.until", text("range.to-before-from")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EvidenceQuery query = q == null
                ? null
                : new EvidenceQuery(q.topic(), q.sentiment(), q.channel(), q.tier(), q.since(), q.until());
        finding.restate(form.title().strip(), form.statement().strip(), service, unit, form.status(), query, caller());
    }

    private FindingEvidence evidence(EvidenceLinkForm form) {
        String by = caller();
        return switch (form.kind()) {
            case FEEDBACK -> FindingEvidence.feedback(requireItem(form, "feedback"), by);
            case SURVEY_RESPONSE -> FindingEvidence.surveyResponse(requireItem(form, "survey_response"), by);
            case TOUCHPOINT -> FindingEvidence.touchpoint(requireItem(form, "touchpoint"), by);
            case COVERAGE_GAP -> {
                if (form.businessUnitId() == null || form.phase() == null) {
                    throw new InvalidInputException(
                            form.businessUnitId() == null ? "businessUnitId" : "phase", text("finding.gap-incomplete"));
                }
                if (units.find(form.businessUnitId()).isEmpty()) {
                    throw new InvalidInputException(
                            "businessUnitId", text("business-unit.unknown", form.businessUnitId()));
                }
                if (form.serviceId() != null && services.find(form.serviceId()).isEmpty()) {
                    throw new InvalidInputException("serviceId", text("service.unknown", form.serviceId()));
                }
                yield FindingEvidence.coverageGap(form.businessUnitId(), form.phase(), form.serviceId(), by);
            }
        };
    }

    private long requireItem(EvidenceLinkForm form, String table) {
        if (form.itemId() == null) {
            throw new InvalidInputException("itemId", text("finding.item-required"));
        }
        if (!findings.exists(table, form.itemId())) {
            throw new InvalidInputException("itemId", text("finding.item-unknown", form.itemId()));
        }
        return form.itemId();
    }

    private List<Long> requireFeedback(List<Long> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        var wanted = new LinkedHashSet<>(ids);
        var found = new LinkedHashSet<>(findings.existingFeedback(List.copyOf(wanted)));
        wanted.removeAll(found);
        if (!wanted.isEmpty()) {
            throw new InvalidInputException(field, text("finding.feedback-unknown", wanted));
        }
        return List.copyOf(found);
    }

    /** The page's figures: the evidence list is read once and also gives the impact its counts by kind. */
    private FindingDetails details(Finding finding) {
        List<EvidenceEntry> evidence = reader.read(finding.getId());
        return FindingDetails.of(finding, evidence, calculator.impact(finding, evidence, clock.instant()));
    }

    private Finding load(long id) {
        return findings.find(id).orElseThrow(() -> new RecordNotFoundException("finding", id));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
