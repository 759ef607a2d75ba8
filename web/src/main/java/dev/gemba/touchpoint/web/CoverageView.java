package dev.gemba.touchpoint.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.platform.boundary.DisplayTime;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.web.DisplayZone;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.CoverageDimension;
import dev.gemba.touchpoint.boundary.CoverageMatrix;
import dev.gemba.touchpoint.boundary.CoverageMatrix.CoverageCell;
import dev.gemba.touchpoint.boundary.CoverageMatrix.CoverageRow;
import dev.gemba.touchpoint.boundary.CoverageService;
import dev.gemba.touchpoint.boundary.TouchpointDetails;
import dev.gemba.touchpoint.boundary.TouchpointQuery;
import dev.gemba.touchpoint.boundary.TouchpointService;

/**
 * Backs touchpoints/coverage.xhtml: the heatmap of touchpoints per service (or business unit)
 * and lifecycle phase. Clicking a cell lists that cell's touchpoints under the map (scrolled into
 * view) and offers to log a touchpoint for that row and phase, or to raise a finding about it
 * (the edit page links the cell as a coverage gap).
 */
@Named
@ViewScoped
public class CoverageView implements Serializable {

    /** The cell list shows this many touchpoints; the full list page shows them all. */
    static final int CELL_LIMIT = 50;

    @EJB
    CoverageService coverage;

    @EJB
    TouchpointService touchpoints;

    @Inject
    FormErrors formErrors;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    @Inject
    DisplayZone displayZone;

    private CoverageDimension dimension = CoverageDimension.SERVICE;
    private LocalDate from;
    private LocalDate to;
    private Integer staleAfterDays;
    private CoverageMatrix matrix;
    private CoverageRow selectedRow;
    private CoverageCell selectedCell;
    private List<TouchpointDetails> cellTouchpoints = List.of();

    @PostConstruct
    void init() {
        LocalDate today = DisplayTime.today();
        to = today;
        from = today.minusMonths(6);
        staleAfterDays = coverage.defaultStaleAfterDays();
        refresh();
    }

    public void refresh() {
        selectedCell = null;
        cellTouchpoints = List.of();
        formErrors.attempt(
                "coverage",
                () -> matrix = coverage.coverage(
                        dimension,
                        DisplayTime.days(from, to).start(),
                        DisplayTime.days(from, to).end(),
                        staleAfterDays));
    }

    public void select(CoverageRow row, CoverageCell cell) {
        selectedRow = row;
        selectedCell = cell;
        boolean byService = matrix.dimension() == CoverageDimension.SERVICE;
        var query = new TouchpointQuery(
                cell.phase(),
                null,
                byService ? row.id() : null,
                byService ? null : row.id(),
                null,
                matrix.from(),
                matrix.to(),
                null);
        cellTouchpoints = touchpoints
                .search(query, new PageRequest(0, CELL_LIMIT, null, false))
                .items();
    }

    public String cellClass(CoverageCell cell) {
        return cell.gap() == null ? "gemba-cell gemba-covered" : "gemba-cell gemba-gap-" + cell.gap();
    }

    /** Relationship managers and admins may log a touchpoint for the selected cell. */
    public boolean isCanLog() {
        return security.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME) || security.isCallerInRole(Role.ADMIN_NAME);
    }

    /** The selected row's service, for "log a touchpoint here"; null when rows are business units. */
    public Long getSelectedServiceId() {
        return selectedRow != null && matrix.dimension() == CoverageDimension.SERVICE ? selectedRow.id() : null;
    }

    public Long getSelectedBusinessUnitId() {
        return selectedRow != null && matrix.dimension() == CoverageDimension.BUSINESS_UNIT ? selectedRow.id() : null;
    }

    /** The drafted title of a finding about the selected cell, e.g. "No Service Design touchpoint with Sales". */
    public String getFindingTitle() {
        return selectedCell == null
                ? null
                : messages.get(
                        "coverage.finding.title." + state(),
                        phaseName(),
                        selectedRow.name(),
                        selectedCell.touchpoints());
    }

    /** The drafted statement: the cell's coverage fact with its figures. */
    public String getFindingStatement() {
        if (selectedCell == null) {
            return null;
        }
        Instant lastAt = selectedCell.lastAt();
        long days = ChronoUnit.DAYS.between(
                lastAt == null ? matrix.from() : lastAt, lastAt == null ? matrix.to() : Instant.now());
        return messages.get(
                "coverage.finding.statement." + state(),
                phaseName(),
                selectedRow.name(),
                days,
                displayZone.date(matrix.from()),
                displayZone.date(matrix.to().minusMillis(1)),
                lastAt == null ? "" : displayZone.date(lastAt),
                selectedCell.touchpoints());
    }

    private String state() {
        return selectedCell.gap() == null ? "covered" : selectedCell.gap().name();
    }

    private String phaseName() {
        return messages.get("phase." + selectedCell.phase());
    }

    public CoverageDimension[] getDimensions() {
        return CoverageDimension.values();
    }

    public CoverageMatrix getMatrix() {
        return matrix;
    }

    public CoverageRow getSelectedRow() {
        return selectedRow;
    }

    public CoverageCell getSelectedCell() {
        return selectedCell;
    }

    public List<TouchpointDetails> getCellTouchpoints() {
        return cellTouchpoints;
    }

    public CoverageDimension getDimension() {
        return dimension;
    }

    public void setDimension(CoverageDimension dimension) {
        this.dimension = dimension;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getStaleAfterDays() {
        return staleAfterDays;
    }

    public void setStaleAfterDays(Integer staleAfterDays) {
        this.staleAfterDays = staleAfterDays;
    }
}
