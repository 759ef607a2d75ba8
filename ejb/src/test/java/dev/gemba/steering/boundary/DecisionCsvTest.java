package dev.gemba.steering.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.gemba.steering.entity.DecisionKind;
import org.junit.jupiter.api.Test;

class DecisionCsvTest {

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertEquals("plain", DecisionCsv.cell("plain"));
        assertEquals("\"a, b\"", DecisionCsv.cell("a, b"));
        assertEquals("\"say \"\"yes\"\"\"", DecisionCsv.cell("say \"yes\""));
        assertEquals("\"two\nlines\"", DecisionCsv.cell("two\nlines"));
        assertEquals("", DecisionCsv.cell(null));
    }

    @Test
    void textThatASpreadsheetWouldReadAsAFormulaIsDefused() {
        assertEquals("'=HYPERLINK(1)", DecisionCsv.cell("=HYPERLINK(1)"));
        assertEquals("'@sum", DecisionCsv.cell("@sum"));
        assertEquals("-3.5", DecisionCsv.cell(-3.5));
    }

    @Test
    void oneHeaderLineAndOneLinePerDecisionEndingInCrLf() {
        var entry = new DecisionEntry(
                7,
                3,
                LocalDate.parse("2026-12-01"),
                1,
                "IT Steering Committee",
                11,
                "CSI-0001",
                "VPN, gateway",
                DecisionKind.APPROVE_EFFORT,
                "Budget released",
                null,
                null,
                null,
                null,
                12.5,
                null,
                new BigDecimal("10.0"),
                new BigDecimal("12000.00"),
                3,
                0,
                0,
                List.of("admin", "steering"),
                null,
                9L,
                "steering",
                Instant.parse("2026-12-01T10:00:00Z"),
                null,
                null);
        String csv = DecisionCsv.of(List.of(entry));
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length);
        assertEquals(DecisionCsv.HEADER, lines[0]);
        assertEquals(
                "7,2026-12-01T10:00:00Z,IT Steering Committee,2026-12-01,CSI-0001,\"VPN, gateway\",APPROVE_EFFORT,"
                        + "Budget released,,,,12.5,,10.0,12000.00,3,0,0,admin steering,steering,,9",
                lines[1]);
    }
}
