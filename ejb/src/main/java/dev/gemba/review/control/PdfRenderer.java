package dev.gemba.review.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays out an XHTML document as PDF with openhtmltopdf, embedding DejaVu Sans (bundled, covering
 * German and most European characters). Stateless and thread-safe: a builder per call.
 */
public final class PdfRenderer {

    static final String FONT = "DejaVu Sans";
    private static final String FONTS = "/dev/gemba/review/fonts/";

    static {
        // per-document timings and font loading at INFO would fill the server log; warnings still show
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private PdfRenderer() {}

    public static byte[] render(String xhtml) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The fonts' bytes, read from the archive once rather than for every document. */
    private static final Map<String, byte[]> FONT_BYTES = new ConcurrentHashMap<>();

    private static InputStream font(String name) {
        byte[] bytes = FONT_BYTES.computeIfAbsent(name, n -> {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + n)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new ByteArrayInputStream(bytes);
    }
}
