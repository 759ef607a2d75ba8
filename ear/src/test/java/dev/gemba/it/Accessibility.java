package dev.gemba.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) on the page a browser shows now and fails
 * on any critical or serious violation. The script is the one shipped in
 * {@code com.deque.html.axe-core:selenium}; it is injected into the page and run in the page.
 */
public final class Accessibility {

    /** The rule sets checked: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String AXE = readAxe();

    private Accessibility() {}

    /** One broken rule: its id, how bad (critical, serious, moderate, minor), what it asks, where. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        boolean serious() {
            return "critical".equals(impact) || "serious".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + targets;
        }
    }

    /** Fails when the page shown now has a critical or serious WCAG A/AA violation; names each. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        List<Violation> serious =
                violations(driver).stream().filter(Violation::serious).toList();
        if (!serious.isEmpty()) {
            throw new AssertionError("accessibility violations on " + driver.getCurrentUrl() + ":\n  "
                    + serious.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /**
     * Every WCAG A/AA violation axe finds on the page shown now. A colour-contrast finding is
     * confirmed by a second run a second later: on a loaded machine a dialog can still be fading
     * in, and colours measured through a half-transparent layer are not the page's.
     */
    public static List<Violation> violations(WebDriver driver) {
        List<Violation> found = axe(driver);
        if (found.stream().noneMatch(v -> v.rule().equals("color-contrast"))) {
            return found;
        }
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return axe(driver);
    }

    @SuppressWarnings("unchecked")
    private static List<Violation> axe(WebDriver driver) {
        var js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        // colours are measured once fades (a dialog and its mask appearing) are over
        Object result = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const tags = arguments[0];"
                        + "const until = Date.now() + 3000;"
                        + "const settled = () => !(window.jQuery && jQuery.timers && jQuery.timers.length)"
                        + " && document.getAnimations().every(a => a.playState !== 'running');"
                        + "const check = () => settled() || Date.now() > until ? run() : setTimeout(check, 50);"
                        + "const run = () => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.map(n => n.target.join(' ')"
                        // a contrast finding says which colours it measured, so a failure explains itself
                        + " + (n.any[0] && n.any[0].data && n.any[0].data.contrastRatio"
                        + " ? ' ' + JSON.stringify(n.any[0].data) : ''))}))))"
                        + ".catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), targets: []}]));"
                        + "check();",
                TAGS);
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> new Violation(
                                (String) v.get("rule"),
                                String.valueOf(v.get("impact")),
                                (String) v.get("help"),
                                ((List<Object>) v.get("targets"))
                                        .stream().map(String::valueOf).toList()))
                        .toList();
    }

    private static String readAxe() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
