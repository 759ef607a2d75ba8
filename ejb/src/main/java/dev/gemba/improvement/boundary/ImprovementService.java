package dev.gemba.improvement.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.improvement.control.BenefitsReviewHandler;
import dev.gemba.improvement.control.ImprovementRepository;
import dev.gemba.improvement.control.ImprovementWorkflow;
import dev.gemba.improvement.control.ImprovementWorkflow.Caller;
import dev.gemba.improvement.control.KpiMeter;
import dev.gemba.improvement.control.KpiSample;
import dev.gemba.improvement.control.ManualKpiHistory;
import dev.gemba.improvement.control.ScoreKeeper;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementTransition;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.security.boundary.UserService;
import dev.gemba.security.entity.Role;

/**
 * The CSI register: relationship managers, the service desk and admins propose items; the
 * steering committee and admins decide on them; owners and admins deliver them; everyone reads.
 * Every status change goes through {@link ImprovementWorkflow} and is recorded in the history.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class ImprovementService {

    @Inject
    ImprovementRepository items;

    @Inject
    InputValidator validator;

    @Inject
    ScoreKeeper scores;

    @Inject
    KpiMeter meter;

    @EJB
    BenefitsReviewHandler reviews;

    @EJB
    UserService users;

    @EJB
    dev.gemba.finding.boundary.FindingService findingsService;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Event<ImprovementStatusChanged> changes;

    Clock clock = Clock.systemUTC();

    /**
     * One statement, read-only: it joins the caller's transaction if there is one (the review pack)
     * and starts none otherwise (the register page, REST), sparing a commit's round trip.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<ImprovementSummary> search(ImprovementQuery query, PageRequest page) {
        var rows = items.register(query, page);
        // every row carries the total; only a page past the end needs it counted apart
        long total = rows.isEmpty()
                ? (page.offset() == 0 ? 0 : items.count(query))
                : rows.get(0).total();
        return new Page<>(rows.stream().map(ImprovementSummary::of).toList(), page.page(), page.size(), total);
    }

    public ImprovementDetails get(long id) {
        return details(load(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public ImprovementDetails propose(ImprovementForm form) {
        validator.check(form);
        Instant now = clock.instant();
        ImprovementItem item = new ImprovementItem(items.nextNumber(), caller().username(), now);
        apply(item, form, true);
        scores.rescore(item, now);
        items.store(item);
        items.record(new ImprovementTransition(
                item, null, ImprovementStatus.PROPOSED, null, caller().username(), now, null));
        items.flush();
        return details(item);
    }

    /** Changes the fields; the KPI is frozen once the item is approved. */
    public ImprovementDetails change(long id, ImprovementForm form) {
        validator.check(form);
        ImprovementItem item = load(id);
        mayChange(item);
        checkVersion(item, form.version());
        var reviewDate = item.getBenefitsReviewDate();
        apply(item, form, item.getApprovedAt() == null);
        scores.rescore(item, clock.instant());
        items.flush();
        if (item.getApprovedAt() != null && !java.util.Objects.equals(reviewDate, item.getBenefitsReviewDate())) {
            reviews.schedule(item);
        }
        return details(item);
    }

    /** Deletes a proposal (its proposer or an admin); later items are withdrawn or rejected instead. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public void delete(long id) {
        ImprovementItem item = load(id);
        if (item.getStatus() != ImprovementStatus.PROPOSED) {
            throw new RuleViolationException("delete.proposed-only", text("improvement.rule.delete-proposed-only"));
        }
        if (!caller().is(Role.ADMIN) && !caller().username().equals(item.getRaisedBy())) {
            throw new NotPermittedException(text("improvement.not-yours"));
        }
        items.remove(item);
    }

    /**
     * Takes a workflow step; approval freezes the KPI's baseline and schedules the benefits review.
     * Steering committees' decisions call it on the committee's mandate (CommitteeMandate, with the
     * steering role added to the member's own name).
     */
    public ImprovementDetails transition(long id, TransitionRequest request) {
        validator.check(request);
        ImprovementItem item = load(id);
        checkVersion(item, request.version());
        Caller caller = caller();
        var rule = ImprovementWorkflow.check(
                item.getStatus(), request.to(), request.closure(), request.reason(), caller, item.getOwner());
        Instant now = clock.instant();
        if (request.to() == ImprovementStatus.APPROVED) {
            approve(item, now);
        }
        ImprovementStatus from = item.getStatus();
        item.moveTo(request.to(), request.closure(), now);
        String reason = request.reason() == null || request.reason().isBlank()
                ? null
                : request.reason().strip();
        var step =
                new ImprovementTransition(item, from, request.to(), item.getClosure(), caller.username(), now, reason);
        items.record(step);
        if (!item.getStatus().ended()) {
            scores.rescore(item, now);
        }
        if ("approve".equals(rule.name())) {
            reviews.schedule(item);
        }
        items.flush();
        changes.fire(new ImprovementStatusChanged(
                item.getId(), step.getId(), from, step.getTo(), step.getClosure(), now, caller.username()));
        return details(item);
    }

    /**
     * Takes a corrected committee decision's step back (steering committee members on their
     * committee's mandate, admins). The register's step rules do not apply: the item returns to
     * where it was before the decision, which is why it is refused once the item has moved on
     * (another status, or any step after the decision). The step back is in the item's history
     * with the correction's reason; undoing an approval reopens the KPI for the next approval.
     * Nobody is notified: a correction announces nothing.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STEERING_COMMITTEE_NAME})
    public ImprovementDetails revert(long id, Reversal reversal) {
        validator.check(reversal);
        ImprovementItem item = load(id);
        List<ImprovementTransition> steps = items.history(item);
        boolean stepSince =
                !steps.isEmpty() && steps.get(steps.size() - 1).getOccurredAt().isAfter(reversal.decidedAt());
        if (item.getStatus() != reversal.from() || stepSince) {
            throw new RuleViolationException(
                    "workflow.moved-on",
                    text("improvement.rule.moved-on", item.code(), reversal.from(), item.getStatus(), reversal.to()));
        }
        Instant now = clock.instant();
        item.revertTo(reversal.to());
        items.record(new ImprovementTransition(
                item,
                reversal.from(),
                reversal.to(),
                null,
                caller().username(),
                now,
                reversal.reason().strip()));
        if (!item.getStatus().ended()) {
            scores.rescore(item, now);
        }
        items.flush();
        return details(item);
    }

    public List<HistoryEntry> history(long id) {
        return items.history(load(id)).stream().map(HistoryEntry::of).toList();
    }

    public ImprovementOutcome outcome(long id) {
        return outcome(id, true);
    }

    /**
     * @param weekly false: the windows, difference and verdict without the weekly values of the chart
     *     (a list showing many items' outcomes saves a measurement per week of each)
     */
    public ImprovementOutcome outcome(long id, boolean weekly) {
        ImprovementItem item = load(id);
        return new OutcomeReport(meter, clock.instant(), weekly).of(item, history(item));
    }

    /** A manual KPI's values entered by hand; empty for a measured KPI. */
    private ManualKpiHistory history(ImprovementItem item) {
        return item.getKpiKind().measured()
                ? ManualKpiHistory.of(List.of())
                : ManualKpiHistory.ofValues(items.kpiValues(item));
    }

    /** The findings linked to the item, with their titles as they are now. */
    public List<LinkedFinding> findings(long id) {
        load(id);
        return items.links(id).stream()
                .map(l -> new LinkedFinding(
                        l.getFindingId(), findingsService.title(l.getFindingId()), l.getLinkedBy(), l.getLinkedAt()))
                .toList();
    }

    /** Links a finding as the item's justification (whoever may change the item); linking twice changes nothing. */
    public List<LinkedFinding> linkFinding(long id, FindingLinkForm form) {
        validator.check(form);
        long findingId = form.findingId();
        ImprovementItem item = load(id);
        mayChange(item);
        findingsService.get(findingId); // 404 when there is no such finding
        if (items.link(id, findingId).isEmpty()) {
            items.store(
                    new dev.gemba.improvement.entity.FindingLink(id, findingId, caller().username(), clock.instant()));
            items.flush();
            scores.rescore(item, clock.instant());
        }
        return findings(id);
    }

    public List<LinkedFinding> unlinkFinding(long id, FindingLinkForm form) {
        validator.check(form);
        long findingId = form.findingId();
        ImprovementItem item = load(id);
        mayChange(item);
        items.link(id, findingId).ifPresent(link -> {
            items.remove(link);
            items.flush();
            scores.rescore(item, clock.instant());
        });
        return findings(id);
    }

    private void mayChange(ImprovementItem item) {
        Caller caller = caller();
        boolean editor = caller.is(Role.ADMIN) || caller.is(Role.RELATIONSHIP_MANAGER) || caller.is(Role.SERVICE_DESK);
        if (!editor && !caller.username().equals(item.getOwner())) {
            throw new NotPermittedException(text("improvement.not-yours"));
        }
    }

    /** Enabled users who may own an item. */
    public List<UserRef> possibleOwners() {
        return users.people();
    }

    private void approve(ImprovementItem item, Instant now) {
        if (item.getOwner() == null) {
            throw new RuleViolationException("approval.owner-required", text("improvement.rule.owner-required"));
        }
        if (item.getKpiKind().measured()) {
            Instant from = now.minus(Duration.ofDays(item.getKpiWindowDays()));
            KpiSample s = meter.measure(item.getKpiKind(), ScoreKeeper.scopeOf(item), from, now);
            item.freezeBaseline(s.value(), s.n(), s.a(), s.b(), from, now);
            if (Double.isNaN(s.value())) {
                item.freezeBaseline(0, 0, 0, 0, from, now);
                item.setManualBaseline(null);
            }
        } else if (item.getBaselineValue() == null) {
            // no baseline typed in: the latest value entered on or before the approval day
            history(item)
                    .onOrBefore(now.atOffset(java.time.ZoneOffset.UTC).toLocalDate())
                    .ifPresent(d -> item.setManualBaseline(d.value()));
        }
        if (!item.getKpiKind().measured() && item.getBaselineValue() == null) {
            throw new RuleViolationException(
                    "approval.kpi-baseline-required", text("improvement.rule.kpi-baseline-required"));
        }
    }

    private void apply(ImprovementItem item, ImprovementForm form, boolean kpiOpen) {
        List<FieldError> errors = new ArrayList<>();
        item.setTitle(form.title().strip());
        item.setDescription(blankToNull(form.description()));
        item.setType(form.type());
        item.setEffort(form.effort());
        item.setEffortDays(form.effortDays());
        item.setTargetDate(form.targetDate());
        item.setBenefitsReviewDate(form.benefitsReviewDate());
        item.setTargetValue(form.targetValue());
        item.setManualCurrentValue(form.manualCurrentValue());
        String owner = blankToNull(form.owner());
        if (owner != null && users.people().stream().noneMatch(u -> u.username().equals(owner))) {
            errors.add(new FieldError("owner", text("user.unknown-active", owner)));
        }
        item.setOwner(owner);
        item.getServices().clear();
        for (Long serviceId : form.serviceIds()) {
            ItService s = em.find(ItService.class, serviceId);
            if (s == null) {
                errors.add(new FieldError("serviceIds", text("record.unknown", text("kind.service"), serviceId)));
            } else {
                item.getServices().add(s);
            }
        }
        item.getBusinessUnits().clear();
        for (Long unitId : form.businessUnitIds()) {
            BusinessUnit b = em.find(BusinessUnit.class, unitId);
            if (b == null) {
                errors.add(
                        new FieldError("businessUnitIds", text("record.unknown", text("kind.business-unit"), unitId)));
            } else {
                item.getBusinessUnits().add(b);
            }
        }
        tiers(item, form, errors);
        if (kpiOpen) {
            kpi(item, form, errors);
        } else if (kpiChanged(item, form)) {
            errors.add(new FieldError("kpiKind", text("improvement.rule.kpi-frozen")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void kpi(ImprovementItem item, ImprovementForm form, List<FieldError> errors) {
        KpiKind kind = form.kpiKind();
        item.setKpiKind(kind);
        item.setKpiName(blankToNull(form.kpiName()));
        item.setKpiTopic(blankToNull(form.kpiTopic()));
        item.setKpiWindowDays(
                form.kpiWindowDays() == null ? ImprovementForm.DEFAULT_WINDOW_DAYS : form.kpiWindowDays());
        item.setKpiService(form.kpiServiceId() == null ? null : em.find(ItService.class, form.kpiServiceId()));
        if (form.kpiServiceId() != null && item.getKpiService() == null) {
            errors.add(
                    new FieldError("kpiServiceId", text("record.unknown", text("kind.service"), form.kpiServiceId())));
        }
        item.setKpiBusinessUnit(
                form.kpiBusinessUnitId() == null ? null : em.find(BusinessUnit.class, form.kpiBusinessUnitId()));
        if (form.kpiBusinessUnitId() != null && item.getKpiBusinessUnit() == null) {
            errors.add(new FieldError(
                    "kpiBusinessUnitId", text("record.unknown", text("kind.business-unit"), form.kpiBusinessUnitId())));
        }
        if (kind.measured()) {
            item.setKpiHigherIsBetter(kind.higherIsBetter());
            item.setManualBaseline(null);
            if (kind == KpiKind.FEEDBACK_VOLUME && item.getKpiTopic() == null) {
                errors.add(new FieldError("kpiTopic", text("improvement.kpi.topic-required")));
            }
            if (form.kpiServiceId() == null && form.kpiBusinessUnitId() == null && item.getKpiTopic() == null) {
                errors.add(new FieldError("kpiServiceId", text("improvement.kpi.scope-required")));
            }
        } else {
            item.setKpiHigherIsBetter(form.kpiHigherIsBetter() == null || form.kpiHigherIsBetter());
            item.setManualBaseline(form.manualBaseline());
            if (item.getKpiName() == null) {
                errors.add(new FieldError("kpiName", text("improvement.kpi.name-required")));
            }
        }
    }

    private static boolean kpiChanged(ImprovementItem item, ImprovementForm form) {
        return item.getKpiKind() != form.kpiKind()
                || !java.util.Objects.equals(item.getKpiTopic(), blankToNull(form.kpiTopic()))
                || !java.util.Objects.equals(
                        item.getKpiService() == null
                                ? null
                                : item.getKpiService().getId(),
                        form.kpiServiceId())
                || !java.util.Objects.equals(
                        item.getKpiBusinessUnit() == null
                                ? null
                                : item.getKpiBusinessUnit().getId(),
                        form.kpiBusinessUnitId())
                || (form.kpiWindowDays() != null && form.kpiWindowDays() != item.getKpiWindowDays());
    }

    private static void tiers(ImprovementItem item, ImprovementForm form, List<FieldError> errors) {
        if (form.type() == ImprovementType.AUTOMATION_SHIFT_LEFT) {
            if (form.tierFrom() == null || form.tierTo() == null) {
                errors.add(new FieldError(
                        form.tierFrom() == null ? "tierFrom" : "tierTo", text("improvement.tiers-required")));
            } else if (form.tierTo().compareTo(form.tierFrom()) >= 0) {
                errors.add(new FieldError("tierTo", text("improvement.tiers-order")));
            }
            item.setTierFrom(form.tierFrom());
            item.setTierTo(form.tierTo());
        } else {
            item.setTierFrom(null);
            item.setTierTo(null);
        }
    }

    private ImprovementDetails details(ImprovementItem item) {
        Caller caller = caller();
        List<ImprovementDetails.Step> steps =
                ImprovementWorkflow.allowed(item.getStatus(), caller, item.getOwner()).stream()
                        .map(r -> new ImprovementDetails.Step(
                                r.name(), r.to(), r.reasonRequired(), r.to() == ImprovementStatus.CLOSED))
                        .toList();
        Long tierVolume = null;
        if (item.getTierFrom() != null) {
            Instant now = clock.instant();
            tierVolume = meter.tierVolume(
                    ScoreKeeper.scopeOf(item),
                    item.getTierFrom(),
                    now.minus(Duration.ofDays(item.getKpiWindowDays())),
                    now);
        }
        return ImprovementDetails.of(item, items.weights(), tierVolume, steps);
    }

    private ImprovementItem load(long id) {
        return items.find(id).orElseThrow(() -> new RecordNotFoundException("improvement item", id));
    }

    private static void checkVersion(ImprovementItem item, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (version != item.getVersion()) {
            throw new StaleUpdateException("improvement item", item.getId(), version, item.getVersion());
        }
    }

    private Caller caller() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (session.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return new Caller(session.getCallerPrincipal().getName(), roles);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
