package dev.gemba.importing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import dev.gemba.importing.entity.ImportFormat;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowSourceTest {

    @TempDir
    Path dir;

    @Test
    void theFirstSheetsHeaderNamesTheColumnsAndRowsAreNumberedAsExcelShowsThem() throws IOException {
        Path file = workbook(book -> {
            Sheet sheet = book.createSheet("Measurements");
            cells(sheet, 0, "agreement", "target", "period", "measured");
            cells(sheet, 1, "SLA-MAIL", "AVAIL", "2026-03", "99.5");
            cells(sheet, 3, "SLA-MAIL", "AVAIL", "2026-04", "98");
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read");
        });
        try (RowSource rows = RowSource.open(file, ImportFormat.XLSX)) {
            assertEquals(List.of("agreement", "target", "period", "measured"), rows.columns());
            SourceRow first = rows.next();
            assertEquals(2, first.number());
            assertEquals(
                    Map.of("agreement", "SLA-MAIL", "target", "AVAIL", "period", "2026-03", "measured", "99.5"),
                    first.values());
            assertEquals(4, rows.next().number(), "the empty row 3 is skipped, the numbers stay Excel's");
            assertNull(rows.next());
        }
    }

    @Test
    void numbersDatesAndPercentagesReadAsTheCellsShowThem() throws IOException {
        Path file = workbook(book -> {
            Sheet sheet = book.createSheet();
            cells(sheet, 0, "whole", "decimal", "day", "at", "share", "flag", "formula");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(42);
            row.createCell(1).setCellValue(0.1 + 0.2); // 0.30000000000000004 as a double; Excel shows 0.3
            var date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            var day = row.createCell(2);
            day.setCellValue(LocalDate.of(2026, 3, 31));
            day.setCellStyle(date);
            var dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            var at = row.createCell(3);
            at.setCellValue(LocalDateTime.of(2026, 1, 31, 14, 5));
            at.setCellStyle(dateTime);
            var percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            var share = row.createCell(4);
            share.setCellValue(0.995);
            share.setCellStyle(percent);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellFormula("B2*10");
        });
        try (RowSource rows = RowSource.open(file, ImportFormat.XLSX)) {
            Map<String, String> values = rows.next().values();
            assertEquals("42", values.get("whole"));
            assertEquals("0.3", values.get("decimal"));
            assertEquals("2026-03-31", values.get("day"));
            assertEquals("2026-01-31 14:05:00", values.get("at"));
            assertEquals("99.5%", values.get("share"));
            assertEquals("true", values.get("flag"));
            assertEquals("", values.get("formula"), "POI writes no cached result for a formula it did not evaluate");
        }
    }

    @Test
    void missingCellsAreEmptyAndColumnsWithoutAHeaderAreNotRead() throws IOException {
        Path file = workbook(book -> {
            Sheet sheet = book.createSheet();
            cells(sheet, 0, "text", "", "channel");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("  Der Drucker ist ärgerlich  ");
            row.createCell(1).setCellValue("beside the header");
        });
        try (RowSource rows = RowSource.open(file, ImportFormat.XLSX)) {
            assertEquals(List.of("text", "channel"), rows.columns());
            assertEquals(
                    Map.of("text", "Der Drucker ist ärgerlich", "channel", ""),
                    rows.next().values());
        }
    }

    @Test
    void aStreamedBigSheetIsReadRowByRowAndResumesAfterARow() throws IOException {
        Path file = dir.resolve("big.xlsx");
        try (var book = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet();
            cells(sheet, 0, "n");
            for (int i = 1; i <= 5_000; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
            book.write(out);
        }
        try (RowSource rows = RowSource.open(file, ImportFormat.XLSX)) {
            rows.skipThrough(4_001);
            SourceRow next = rows.next();
            assertEquals(4_002, next.number());
            assertEquals("4001", next.values().get("n"));
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsUnreadable() throws IOException {
        Path file = Files.writeString(dir.resolve("fake.xlsx"), "text;channel\n", StandardCharsets.UTF_8);
        IOException refused = assertThrows(IOException.class, () -> RowSource.open(file, ImportFormat.XLSX));
        assertTrue(refused.getMessage().contains("xlsx"), refused.getMessage());
    }

    @Test
    void percentFormatsAndColumnLetters() {
        assertTrue(XlsxRowSource.isPercent("0.00%"));
        assertFalse(XlsxRowSource.isPercent("0\"%\""));
        assertFalse(XlsxRowSource.isPercent("0\\%"));
        assertEquals(0, XlsxRowSource.column("A1"));
        assertEquals(27, XlsxRowSource.column("AB12"));
    }

    private interface Filler {
        void fill(XSSFWorkbook book);
    }

    private Path workbook(Filler filler) throws IOException {
        Path file = dir.resolve("rows.xlsx");
        try (var book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            filler.fill(book);
            book.write(out);
        }
        return file;
    }

    private static void cells(Sheet sheet, int row, String... values) {
        var cells = sheet.createRow(row);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                cells.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
