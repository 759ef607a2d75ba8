package dev.gemba.importing.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

/**
 * The first sheet of an Excel workbook (.xlsx), its first non-empty row the header. The sheet's XML
 * is pulled one row at a time (StAX), so a sheet of a million rows needs no more memory than its
 * shared strings. Rows are numbered as Excel shows them. Cells become the text a row handler reads
 * from a CSV file: numbers plainly with a decimal point (15 significant digits, as Excel shows
 * them), cells formatted as dates ISO ("2026-03-31", "2026-03-31 14:05:00"), cells formatted as
 * percent as shown ("99.5%" for 0.995), booleans "true"/"false", formulas their cached result.
 * Not thread-safe: one reader per import.
 */
final class XlsxRowSource extends RowSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private final OPCPackage workbook;
    private final InputStream sheetXml;
    private final XMLStreamReader sheet;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    /** Header text by column index (0 = A); columns with an empty header are not read. */
    private final Map<Integer, String> header = new TreeMap<>();

    private long lastRow;

    private XlsxRowSource(OPCPackage workbook, XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        this.workbook = workbook;
        this.strings = new ReadOnlySharedStringsTable(workbook, false);
        this.styles = reader.getStylesTable();
        this.date1904 = uses1904Dates(reader);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new IOException("the workbook has no sheet");
        }
        this.sheetXml = sheets.next();
        try {
            this.sheet = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
            Row first;
            do {
                first = readRow();
            } while (first != null && first.cells.values().stream().allMatch(String::isEmpty));
            if (first != null) {
                first.cells.forEach((column, name) -> {
                    if (!name.isEmpty() && !header.containsValue(name)) {
                        header.put(column, name);
                    }
                });
            }
        } catch (XMLStreamException e) {
            sheetXml.close();
            throw new IOException("the sheet is not readable: " + e.getMessage(), e);
        }
    }

    /** Opens a workbook file; anything that is not one is an IOException naming why. */
    static XlsxRowSource open(Path file) throws IOException {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException e) {
            throw new IOException("not an Excel workbook (.xlsx): " + e.getMessage(), e);
        }
        try {
            return new XlsxRowSource(workbook, new XSSFReader(workbook));
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            workbook.revert();
            throw e instanceof IOException io
                    ? io
                    : new IOException("not an Excel workbook (.xlsx): " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> columns() {
        return new ArrayList<>(header.values());
    }

    @Override
    public SourceRow next() {
        try {
            Row row;
            do {
                row = readRow();
            } while (row != null && row.cells.values().stream().allMatch(String::isEmpty));
            if (row == null) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (var column : header.entrySet()) {
                values.put(column.getValue(), row.cells.getOrDefault(column.getKey(), ""));
            }
            return SourceRow.of(row.number, values);
        } catch (XMLStreamException e) {
            // like a broken CSV quote: the rest of the sheet cannot be read
            throw new IllegalStateException("the sheet is malformed: " + e.getMessage(), e);
        }
    }

    private record Row(long number, Map<Integer, String> cells) {}

    /** The next &lt;row&gt; of the sheet with its non-empty cells' text by column index; null at the end. */
    private Row readRow() throws XMLStreamException {
        while (sheet.hasNext()) {
            if (sheet.next() == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                String r = sheet.getAttributeValue(null, "r");
                lastRow = r == null ? lastRow + 1 : Long.parseLong(r);
                return new Row(lastRow, cells());
            }
        }
        return null;
    }

    private Map<Integer, String> cells() throws XMLStreamException {
        Map<Integer, String> cells = new TreeMap<>();
        int column = -1;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(sheet.getLocalName())) {
                String ref = sheet.getAttributeValue(null, "r");
                column = ref == null ? column + 1 : column(ref);
                String text = cell(sheet.getAttributeValue(null, "t"), sheet.getAttributeValue(null, "s"));
                if (text != null && !text.isEmpty()) {
                    cells.put(column, text);
                }
            }
        }
        return cells;
    }

    /** Reads one &lt;c&gt; to its end: its value or inline string, as text. */
    private String cell(String type, String style) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        boolean inValue = false;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = sheet.getLocalName();
                // <v> holds the value; an inline string's text is in <is><t> (or <is><r><t> for rich text)
                inValue = "v".equals(name) || "t".equals(name);
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (inValue) {
                    value.append(sheet.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("c".equals(sheet.getLocalName())) {
                    return text(type, style, value.toString());
                }
                inValue = false;
            }
        }
        return null;
    }

    private String text(String type, String style, String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        return switch (type == null ? "n" : type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip()))
                    .getString()
                    .strip();
            case "b" -> "1".equals(raw.strip()) ? "true" : "false";
            case "inlineStr", "str", "e" -> raw.strip();
            default -> number(raw.strip(), style);
        };
    }

    /** A numeric cell as its format shows it: a date, a percentage or a plain number. */
    private String number(String raw, String style) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        int formatIndex = 0;
        String format = null;
        if (style != null && styles != null) {
            var cellStyle = styles.getStyleAt(Integer.parseInt(style));
            if (cellStyle != null) {
                formatIndex = cellStyle.getDataFormat();
                format = cellStyle.getDataFormatString();
            }
        }
        if (format != null && DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime at = DateUtil.getLocalDateTime(value, date1904, true);
            return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.format(DAY) : at.format(DAY_TIME);
        }
        BigDecimal shown = new BigDecimal(raw).round(EXCEL_DIGITS);
        if (format != null && isPercent(format)) {
            return plain(shown.movePointRight(2)) + "%";
        }
        return plain(shown);
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** A '%' outside quotes and escapes multiplies by 100 in Excel's number formats. */
    static boolean isPercent(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** "AB12" to 27 (A = 0). */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** Workbooks made on old Macs count days from 1904 (workbookPr date1904). */
    private static boolean uses1904Dates(XSSFReader reader) throws IOException {
        try (InputStream xml = reader.getWorkbookData()) {
            XMLStreamReader workbook = XMLHelper.newXMLInputFactory().createXMLStreamReader(xml);
            while (workbook.hasNext()) {
                if (workbook.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = workbook.getLocalName();
                    if ("workbookPr".equals(name)) {
                        String value = workbook.getAttributeValue(null, "date1904");
                        return "1".equals(value) || "true".equals(value);
                    }
                    if ("sheets".equals(name)) {
                        return false;
                    }
                }
            }
            return false;
        } catch (XMLStreamException | OpenXML4JException e) {
            throw new IOException("the workbook is not readable: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next either way
        }
        sheetXml.close();
        workbook.revert();
    }
}
