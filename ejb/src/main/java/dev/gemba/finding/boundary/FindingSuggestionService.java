package dev.gemba.finding.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.finding.control.SuggestionDetector;
import dev.gemba.finding.entity.Finding;
import dev.gemba.finding.entity.FindingOrigin;
import dev.gemba.finding.entity.FindingSuggestion;
import dev.gemba.finding.entity.SuggestionKind;
import dev.gemba.finding.entity.SuggestionStatus;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;

/**
 * Suggested findings: every role reads the queue; relationship managers, the service desk and
 * admins accept (a finding with the signal's evidence query) or dismiss with a reason; admins run
 * the detector on demand (it also runs on a schedule).
 */
@Stateless
@RolesAllowed(Role.ANY_SIGNED_IN)
public class FindingSuggestionService {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    SuggestionDetector detector;

    @Inject
    FindingService findings;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    public Page<SuggestionSummary> search(SuggestionStatus status, PageRequest page) {
        String where = status == null ? "" : " where s.status = :status";
        var query = em.createQuery(
                "select s from FindingSuggestion s" + where + " order by s.qValue, s.detectedAt desc, s.id desc",
                FindingSuggestion.class);
        var count = em.createQuery("select count(s) from FindingSuggestion s" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<SuggestionSummary> items = query.setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(this::summary)
                .toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    public SuggestionSummary get(long id) {
        return summary(load(id));
    }

    /** Accepts: a finding scoped like the signal, with a saved query from the baseline's start. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public FindingDetails accept(long id, SuggestionDecision decision) {
        validator.check(decision);
        FindingSuggestion s = pending(id, decision.version());
        SuggestionSummary summary = summary(s);
        boolean share = "NEGATIVE_SHARE".equals(s.getMeasure());
        LocalDate since = s.getRecentFrom().atOffset(ZoneOffset.UTC).toLocalDate();
        var form = new FindingForm(
                blank(decision.title()) ? fit(summary.headline(), Finding.MAX_TITLE) : decision.title(),
                blank(decision.statement()) ? fit(summary.statement(), Finding.MAX_STATEMENT) : decision.statement(),
                s.getServiceId(),
                s.getBusinessUnitId(),
                null,
                FindingOrigin.SUGGESTION,
                new EvidenceQueryForm(s.getTopic(), share ? "NEGATIVE" : null, null, null, since, null),
                List.of(),
                null);
        FindingDetails finding = findings.create(form);
        s.accepted(finding.id(), caller(), clock.instant());
        return finding;
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    public SuggestionSummary dismiss(long id, SuggestionDecision decision) {
        validator.check(decision);
        if (blank(decision.reason())) {
            throw new InvalidInputException("reason", text("suggestion.reason-required"));
        }
        FindingSuggestion s = pending(id, decision.version());
        s.dismissed(decision.reason().strip(), caller(), clock.instant());
        em.flush();
        return summary(s);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public DetectionRun detect() {
        return detector.run(clock.instant());
    }

    private FindingSuggestion pending(long id, Long version) {
        FindingSuggestion s = load(id);
        if (version != null && version != s.getVersion()) {
            throw new StaleUpdateException("suggestion", id, version, s.getVersion());
        }
        if (s.getStatus() != SuggestionStatus.PENDING) {
            throw new InvalidInputException("status", text("suggestion.decided", s.getStatus()));
        }
        return s;
    }

    private SuggestionSummary summary(FindingSuggestion s) {
        return SuggestionSummary.of(
                s, name("it_service", s.getServiceId()), name("business_unit", s.getBusinessUnitId()), change(s));
    }

    /** A change impact's touchpoint in words: its summary and, in brackets, its type. */
    private String change(FindingSuggestion s) {
        if (s.getKind() != SuggestionKind.CHANGE_IMPACT) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("change:(\\d+)").matcher(s.getSignalKey());
        if (!m.find()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.summary, tt.name from touchpoint t"
                        + " join touchpoint_type tt on tt.id = t.type_id where t.id = :id")
                .setParameter("id", Long.parseLong(m.group(1)))
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        return rows.get(0)[0] + " (" + rows.get(0)[1] + ")";
    }

    private String name(String table, Long id) {
        if (id == null) {
            return null;
        }
        Object name = em.createNativeQuery("select name from " + table + " where id = :id")
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return name == null ? null : name.toString();
    }

    private FindingSuggestion load(long id) {
        var s = em.find(FindingSuggestion.class, id);
        if (s == null) {
            throw new RecordNotFoundException("suggestion", id);
        }
        return s;
    }

    /** A generated text cut to a column's length (a long service or change name can make it longer). */
    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
