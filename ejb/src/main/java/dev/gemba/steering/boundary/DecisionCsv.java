package dev.gemba.steering.boundary;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes decision log rows as CSV (RFC 4180: comma, CRLF, quotes doubled). */
final class DecisionCsv {

    static final String HEADER = "id,decided_at,committee,meeting_date,item,title,decision,rationale,defer_until,"
            + "merged_into,priority_override,computed_score,owner,effort_days,budget,votes_for,votes_against,"
            + "votes_abstaining,present,decided_by,supersedes,superseded_by";

    private DecisionCsv() {}

    static String of(List<DecisionEntry> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (DecisionEntry d : rows) {
            out.append(Stream.of(
                                    d.id(),
                                    d.decidedAt(),
                                    d.committeeName(),
                                    d.meetingDate(),
                                    d.itemNumber(),
                                    d.itemTitle(),
                                    d.kind(),
                                    d.rationale(),
                                    d.deferUntil(),
                                    d.mergedIntoNumber(),
                                    d.priorityOverride(),
                                    d.computedScore(),
                                    d.owner(),
                                    d.effortDays(),
                                    d.budget(),
                                    d.votesFor(),
                                    d.votesAgainst(),
                                    d.votesAbstaining(),
                                    String.join(" ", d.present()),
                                    d.decidedBy(),
                                    d.supersedes(),
                                    d.supersededBy())
                            .map(DecisionCsv::cell)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // a leading = + - @ would be read as a formula by spreadsheets
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\""
                : s;
    }
}
