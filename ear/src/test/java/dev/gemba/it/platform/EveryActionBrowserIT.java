package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.DeployedPages;
import dev.gemba.it.PageCrawler;
import org.junit.jupiter.api.Test;

/**
 * Every action on every page, for every demo role allowed on it: each page of the web module
 * (read from the EAR, so a new page is crawled without a new test) is opened by each demo user;
 * where the user is not refused, every enabled command is clicked on a freshly loaded page, every
 * dialog opened, filled with valid demo values and submitted. Fails on a 5xx, an error page, a
 * script error, a PrimeFaces AJAX error or a content security policy violation. What was exercised
 * is written to target/crawl/actions.txt.
 */
class EveryActionBrowserIT extends BrowserTest {

    private static final List<String> USERS = List.of("admin", "rm", "desk", "steering", "viewer");

    /** Fewer actions than this means the crawler found no commands: it must not silently do nothing. */
    private static final int MINIMUM_ACTIONS = 75;

    EveryActionBrowserIT() {
        super(false);
    }

    @Test
    void everyEnabledCommandOfEveryPageWorksForEveryRoleAllowedOnIt() throws Exception {
        long started = System.nanoTime();
        List<String> urls = new ArrayList<>(
                DeployedPages.signedIn()); // public pages: the sign-in page is used by every sign-in here;
        // RespondentBrowserIT
        // answers every demo survey
        String withFollowUps = "?id=" + aTouchpointWithFollowUps();
        urls.add("/touchpoints/detail.xhtml" + withFollowUps);
        urls.add("/touchpoints/entry.xhtml" + withFollowUps);

        List<String> log = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> actionsPerUser = new LinkedHashMap<>();
        java.util.Set<String> ordered = new java.util.HashSet<>();
        int total = 0;
        for (String user : USERS) {
            int exercised = 0;
            try (Browser browser = new Browser()) {
                browser.signIn(user, Api.DEMO_PASSWORD);
                var crawler = new PageCrawler(browser);
                for (int i = 0; i < urls.size(); i++) {
                    String url = urls.get(i);
                    List<String> loaded = crawler.load(url);
                    if (crawler.refused()) {
                        log.add(user + " " + url + ": not allowed");
                        continue;
                    }
                    if (!url.contains("?") && crawler.notFound()) {
                        // a page of one record (a touchpoint's detail) without its id: crawled with one below
                        log.add(user + " " + url + ": needs parameters");
                        continue;
                    }
                    loaded.forEach(f -> failures.add(user + " " + url + " (load): " + f));
                    for (String link : crawler.linksWithParameters()) {
                        // the first link with parameters to each page: a touchpoint's detail, a filtered list
                        String path = link.replaceAll("\\?.*", "");
                        if (urls.stream().noneMatch(u -> u.startsWith(path + "?"))) {
                            urls.add(link);
                        }
                    }
                    var actions = crawler.actions();
                    log.add(user + " " + url + ": " + actions.size() + " actions");
                    for (var action : actions) {
                        if (action.ordersOnly() && !ordered.add(url + " " + action.key())) {
                            continue; // an earlier role sorted this table already
                        }
                        var outcome = crawler.exercise(url, action);
                        exercised++;
                        log.add("  " + action.key() + " '" + action.label() + "'"
                                + (outcome.notes().isEmpty() ? "" : " " + outcome.notes())
                                + (outcome.failures().isEmpty() ? "" : " FAILED " + outcome.failures()));
                        if (!outcome.failures().isEmpty()) {
                            browser.keepPage("crawl-" + user + "-" + failures.size());
                            outcome.failures()
                                    .forEach(f -> failures.add(
                                            user + " " + url + " " + action.key() + " '" + action.label() + "': " + f));
                        }
                    }
                }
            }
            actionsPerUser.put(user, exercised);
            total += exercised;
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        log.add(0, "actions per user " + actionsPerUser + ", " + total + " in all, " + seconds + " s");
        Path report = Path.of("target", "crawl", "actions.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, log);
        System.out.println(String.join("\n", log));

        assertEquals(List.of(), failures, "actions that failed (see target/crawl/actions.txt)");
        assertTrue(total >= MINIMUM_ACTIONS, "only " + total + " actions were exercised: " + actionsPerUser);
        actionsPerUser.forEach((user, count) -> assertTrue(count > 0, user + " exercised no action"));
    }

    /** A demo touchpoint that has follow-up actions (its edit page failed once). */
    private static long aTouchpointWithFollowUps() {
        var reply = Api.as("admin").get("/api/v1/follow-ups?status=ALL");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(f -> !f.isNull("touchpointId"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("touchpointId")
                .longValue();
    }
}
