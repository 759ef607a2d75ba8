package dev.gemba.importing.control;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import dev.gemba.importing.boundary.RowReason;
import dev.gemba.importing.entity.ImportFormat;
import dev.gemba.platform.control.JsonProviders;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the rows of an import file one at a time, so memory stays flat whatever the size.
 * CSV rows are numbered from 2 (the header is row 1); JSONL lines from 1; spreadsheet rows as Excel
 * numbers them. A JSONL file's columns
 * are the keys of its objects, known completely after one pass.
 */
public abstract class RowSource implements java.io.Closeable {

    /**
     * Opens a staged file. JSON Lines are UTF-8 (as JSON must be). A CSV file is read as UTF-8
     * when every byte of it is valid UTF-8, else as Windows-1252 (what Excel saves on Western
     * Windows); its separator is the one of comma, semicolon (Excel in German) and tab that its
     * header uses most. A byte order mark is skipped. A workbook's first sheet is read as {@link
     * XlsxRowSource} describes.
     */
    public static RowSource open(Path file, ImportFormat format) throws IOException {
        if (format == ImportFormat.XLSX) {
            return XlsxRowSource.open(file);
        }
        Charset charset = format == ImportFormat.CSV && !isUtf8(file) ? WINDOWS_1252 : StandardCharsets.UTF_8;
        BufferedReader reader = Files.newBufferedReader(file, charset);
        try {
            skipByteOrderMark(reader);
            return format == ImportFormat.CSV ? new Csv(reader, separator(reader)) : new Jsonl(reader);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buffer = new char[64 * 1024];
            while (in.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** The separator the header line uses most, counted outside quotes; comma when none. */
    static char separator(BufferedReader reader) throws IOException {
        reader.mark(1 << 20);
        String header = reader.readLine();
        reader.reset();
        if (header == null) {
            return ',';
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    /** The column names: the CSV header, or the keys of the first JSON line. */
    public abstract List<String> columns();

    /** The next row, or null at the end of the file. */
    public abstract SourceRow next() throws IOException;

    /** Skips rows up to and including the given row number (resuming after a crash). */
    public void skipThrough(long rowNumber) throws IOException {
        SourceRow row;
        do {
            row = next();
        } while (row != null && row.number() < rowNumber);
    }

    private static final class Csv extends RowSource {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;

        Csv(BufferedReader reader, char separator) throws IOException {
            parser = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(separator)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setAllowMissingColumnNames(true)
                    .setTrim(true)
                    .get()
                    .parse(reader);
            records = parser.iterator();
        }

        @Override
        public List<String> columns() {
            return parser.getHeaderNames();
        }

        @Override
        public SourceRow next() {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord record = records.next();
                long number = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    return SourceRow.unreadable(
                            number,
                            RowReason.of(
                                    "import.row.fields",
                                    record.size(),
                                    columns().size()));
                }
                return SourceRow.of(number, record.toMap());
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                // a broken quote makes the rest of the file unreadable: report it on the next row
                throw new IllegalStateException("the CSV file is malformed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    private static final class Jsonl extends RowSource {
        private static final int MAX_KEYS = 500;
        /** A row is an object of values and lists; deeper lines are refused before parsing. */
        static final int MAX_DEPTH = 16;

        private final BufferedReader reader;
        private final java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        private long line;

        Jsonl(BufferedReader reader) {
            this.reader = reader;
        }

        /** The keys seen so far: after a full pass, every key of the file. */
        @Override
        public List<String> columns() {
            return List.copyOf(keys);
        }

        @Override
        public SourceRow next() throws IOException {
            String text;
            do {
                text = reader.readLine();
                if (text == null) {
                    return null;
                }
                line++;
            } while (text.isBlank());
            if (JsonProviders.nestingDepth(text) > MAX_DEPTH) {
                return SourceRow.unreadable(line, RowReason.of("import.row.too-deep", MAX_DEPTH));
            }
            try (var json = JSON.createReader(new StringReader(text))) {
                JsonObject object = json.readObject();
                Map<String, String> values = new LinkedHashMap<>();
                object.forEach((key, value) -> values.put(key, flatten(value)));
                if (keys.size() < MAX_KEYS) {
                    keys.addAll(object.keySet());
                }
                return SourceRow.of(line, values);
            } catch (ClassCastException | jakarta.json.JsonException e) {
                return SourceRow.unreadable(line, RowReason.of("import.row.not-json"));
            }
        }

        /** Arrays become ';'-separated lists (services, tags); null becomes absent. */
        private static String flatten(JsonValue value) {
            return switch (value.getValueType()) {
                case NULL -> null;
                case STRING -> ((JsonString) value).getString();
                case ARRAY -> String.join(
                        ";",
                        value.asJsonArray().stream()
                                .map(v -> v instanceof JsonString s ? s.getString() : v.toString())
                                .toList());
                default -> value.toString();
            };
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
