package dev.gemba.review.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

import dev.gemba.review.boundary.ReviewPack.SentimentMonth;

/**
 * The feedback section's chart: a stacked bar per month (negative, mixed, neutral, positive), as a
 * PNG data URI. Drawn without text (the table beside it carries the figures), so it needs no fonts.
 */
final class SentimentChart {

    private static final Logger LOG = Logger.getLogger(SentimentChart.class.getName());
    private static final int WIDTH = 900;
    private static final int HEIGHT = 220;
    private static final Color[] COLOURS = {
        new Color(0xC0392B), new Color(0xE6A23C), new Color(0xA0AAB4), new Color(0x2E8B57)
    };

    private SentimentChart() {}

    /** Null when there is nothing to draw, or drawing is not possible on this machine. */
    static String dataUri(List<SentimentMonth> months) {
        long max = months.stream().mapToLong(SentimentChart::total).max().orElse(0);
        if (max == 0) {
            return null;
        }
        try {
            var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int slot = WIDTH / months.size();
            for (int i = 0; i < months.size(); i++) {
                SentimentMonth m = months.get(i);
                long[] parts = {m.negative(), m.mixed(), m.neutral(), m.positive()};
                int y = HEIGHT - 10;
                for (int p = 0; p < parts.length; p++) {
                    int h = (int) Math.round((HEIGHT - 20) * (double) parts[p] / max);
                    g.setColor(COLOURS[p]);
                    g.fillRect(i * slot + slot / 6, y - h, slot * 2 / 3, h);
                    y -= h;
                }
            }
            g.setColor(Color.DARK_GRAY);
            g.drawLine(0, HEIGHT - 10, WIDTH, HEIGHT - 10);
            g.dispose();
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (Exception | LinkageError e) { // a server without AWT: the table still carries the figures
            LOG.log(Level.FINE, "sentiment chart not drawn", e);
            return null;
        }
    }

    private static long total(SentimentMonth m) {
        return m.negative() + m.neutral() + m.positive() + m.mixed();
    }
}
