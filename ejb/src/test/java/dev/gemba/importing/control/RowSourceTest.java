package dev.gemba.importing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.gemba.importing.entity.ImportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowSourceTest {

    @TempDir
    Path dir;

    @Test
    void excelsUtf8ExportWithByteOrderMarkAndSemicolons() throws IOException {
        Path file = write("\uFEFFtext;channel\nDer Drucker ist ärgerlich, seit Tagen;PHONE\n", StandardCharsets.UTF_8);
        try (RowSource rows = RowSource.open(file, ImportFormat.CSV)) {
            assertEquals(List.of("text", "channel"), rows.columns());
            assertEquals(
                    Map.of("text", "Der Drucker ist ärgerlich, seit Tagen", "channel", "PHONE"),
                    rows.next().values());
            assertNull(rows.next());
        }
    }

    @Test
    void windows1252IsReadAsSuchWhenTheFileIsNotUtf8() throws IOException {
        Path file =
                write("text;channel\nGrüße vom Empfang: das WLAN fällt aus;EMAIL\n", Charset.forName("windows-1252"));
        try (RowSource rows = RowSource.open(file, ImportFormat.CSV)) {
            assertEquals(
                    "Grüße vom Empfang: das WLAN fällt aus",
                    rows.next().values().get("text"));
        }
    }

    @Test
    void commasStayTheSeparatorWhenTheHeaderUsesThem() throws IOException {
        Path file = write("text,channel\n\"a; b; c\",CHAT\ntabs\tinside,EMAIL\n", StandardCharsets.UTF_8);
        try (RowSource rows = RowSource.open(file, ImportFormat.CSV)) {
            assertEquals(List.of("text", "channel"), rows.columns());
            assertEquals("a; b; c", rows.next().values().get("text"));
            assertEquals("tabs\tinside", rows.next().values().get("text"));
        }
    }

    @Test
    void tabSeparatedFilesAndQuotedSeparatorsInTheHeader() throws IOException {
        Path tabs = write("text\tchannel\nslow VPN\tPHONE\n", StandardCharsets.UTF_8);
        try (RowSource rows = RowSource.open(tabs, ImportFormat.CSV)) {
            assertEquals(List.of("text", "channel"), rows.columns());
        }
        Path quoted = write("\"text; verbatim\",channel\nx,PHONE\n", StandardCharsets.UTF_8);
        try (RowSource rows = RowSource.open(quoted, ImportFormat.CSV)) {
            assertEquals(List.of("text; verbatim", "channel"), rows.columns());
        }
    }

    @Test
    void jsonLinesWithAByteOrderMark() throws IOException {
        Path file = write("\uFEFF{\"text\":\"Grüße\",\"channel\":\"EMAIL\"}\n", StandardCharsets.UTF_8);
        try (RowSource rows = RowSource.open(file, ImportFormat.JSONL)) {
            assertEquals(
                    Map.of("text", "Grüße", "channel", "EMAIL"), rows.next().values());
        }
    }

    private Path write(String content, Charset charset) throws IOException {
        Path file = Files.createTempFile(dir, "import", ".txt");
        Files.write(file, content.getBytes(charset));
        return file;
    }
}
