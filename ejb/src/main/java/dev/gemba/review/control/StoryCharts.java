package dev.gemba.review.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

import dev.gemba.review.boundary.ReviewPack.Figure;
import dev.gemba.review.boundary.SupportStory.TierShift;

/**
 * The support success story's charts as PNG data URIs, drawn without text (the tables beside them
 * carry the figures and the legend), so they need no fonts: tier shares earlier against now, and a
 * score per month with its 95% interval.
 */
final class StoryCharts {

    static final Color EARLIER = new Color(0xA0AAB4);
    static final Color NOW = new Color(0x2E6DA4);
    private static final Logger LOG = Logger.getLogger(StoryCharts.class.getName());
    private static final int WIDTH = 900;
    private static final int HEIGHT = 260;
    private static final int BASE = HEIGHT - 12;

    private StoryCharts() {}

    /** Per tier a pair of bars, earlier (grey) and now (blue), as shares of all tiered items; null without items. */
    static String tiers(List<TierShift> tiers) {
        if (tiers.stream().allMatch(t -> t.earlier() == 0 && t.now() == 0)) {
            return null;
        }
        return draw(g -> {
            int slot = WIDTH / tiers.size();
            for (int i = 0; i < tiers.size(); i++) {
                TierShift t = tiers.get(i);
                bar(g, EARLIER, i * slot + slot / 6, slot / 3, t.earlierShare());
                bar(g, NOW, i * slot + slot / 2, slot / 3, t.nowShare());
            }
        });
    }

    /** A point per month with its interval as a vertical line, on a scale from {@code low} to {@code high}. */
    static String scores(List<Figure> months, double low, double high) {
        if (months.stream().allMatch(f -> f.value() == null)) {
            return null;
        }
        return draw(g -> {
            int slot = WIDTH / months.size();
            g.setStroke(new BasicStroke(3));
            Integer lastX = null;
            Integer lastY = null;
            for (int i = 0; i < months.size(); i++) {
                Figure f = months.get(i);
                if (f.value() == null) {
                    continue;
                }
                int x = i * slot + slot / 2;
                int y = y(f.value(), low, high);
                if (f.low() != null && f.high() != null) {
                    g.setColor(EARLIER);
                    g.drawLine(x, y(f.low(), low, high), x, y(f.high(), low, high));
                }
                g.setColor(NOW);
                if (lastX != null) {
                    g.drawLine(lastX, lastY, x, y);
                }
                g.fillOval(x - 6, y - 6, 12, 12);
                lastX = x;
                lastY = y;
            }
        });
    }

    private static int y(double value, double low, double high) {
        double clamped = Math.max(low, Math.min(high, value));
        return BASE - (int) Math.round((BASE - 10) * (clamped - low) / (high - low));
    }

    private static void bar(Graphics2D g, Color colour, int x, int width, double share) {
        int h = (int) Math.round((BASE - 10) * share);
        g.setColor(colour);
        g.fillRect(x, BASE - h, width, h);
    }

    private static String draw(Consumer<Graphics2D> painter) {
        try {
            var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            painter.accept(g);
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1));
            g.drawLine(0, BASE, WIDTH, BASE);
            g.dispose();
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (Exception | LinkageError e) { // a server without AWT: the tables still carry the figures
            LOG.log(Level.FINE, "support story chart not drawn", e);
            return null;
        }
    }
}
