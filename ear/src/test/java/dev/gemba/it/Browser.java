package dev.gemba.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Selenium; no browser is downloaded at test time. */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("gemba.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("gemba.chromedriver", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final List<LogEntry> console = new ArrayList<>();
    private final String language;
    private boolean checkEveryPage = true;

    public Browser() {
        this("en");
    }

    /** A browser whose user interface language (and so its Accept-Language) is the given one. */
    public Browser(String language) {
        this.language = language;
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--lang=" + language);
        // headless Chromium takes its Accept-Language from this preference, not from --lang
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL); // the console, where Chromium reports blocked scripts
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** The user interface language this browser asks for. */
    public String language() {
        return language;
    }

    /**
     * Opens a page and checks it with axe-core (WCAG 2.1 A/AA): every page a browser test opens
     * must have no critical or serious violation. Dialogs and states after an action are checked
     * where a test calls {@link #assertAccessible()}.
     */
    public void open(String path) {
        driver.get(Api.baseUrl() + path);
        if (checkEveryPage) {
            assertAccessible();
        }
    }

    /** Whether {@link #open} checks each page (off only for the audit that reports all pages). */
    public Browser checkingEveryPage(boolean check) {
        this.checkEveryPage = check;
        return this;
    }

    /** Shows pages as a phone does: a 390 x 844 CSS-pixel viewport with touch metrics. */
    public void phone() {
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    }

    /** Fails when the page (or dialog) shown now has a critical or serious WCAG 2.1 A/AA violation. */
    public void assertAccessible() {
        Accessibility.assertNoSeriousViolations(driver);
    }

    /** The driver itself, for checks that need more than this class offers (the accessibility tree). */
    public WebDriver driver() {
        return driver;
    }

    /** Runs a script in the page and returns its result (as Selenium maps JavaScript values). */
    public Object script(String javaScript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** Ends the session as a timeout would: the browser's session cookie no longer names a live session. */
    public void loseSession() {
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.manage().addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "ended-" + System.nanoTime()));
    }

    /** Whether the element's top edge lies inside the visible part of the window. */
    public boolean isInView(String id) {
        return (Boolean) script(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;",
                byId(id));
    }

    /** Waits until the browser shows a page whose address contains the text (after a redirect). */
    public void waitForUrl(String part) {
        wait.until(ExpectedConditions.urlContains(part));
    }

    /** Finds by id attribute: PrimeFaces ids contain ':' which CSS # selectors cannot take. */
    public WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='" + id + "']")));
    }

    /** Finds a visible element by XPath, for elements found by data attributes rather than ids. */
    public WebElement byXpath(String xpath) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(xpath)));
    }

    /** Every element the XPath matches, visible or not (such as the options of a styled select). */
    public List<WebElement> allByXpath(String xpath) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(xpath)));
        return driver.findElements(By.xpath(xpath));
    }

    /** How many lines of text the element's content takes on screen (its text boxes' distinct tops). */
    public long lines(String xpath) {
        WebElement element = byXpath(xpath);
        Object tops = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "const range = document.createRange(); range.selectNodeContents(arguments[0]);"
                                + "return [...range.getClientRects()].filter(r => r.width > 0)"
                                + ".map(r => Math.round(r.bottom));",
                        element);
        // a line is where text boxes share their bottom (give or take a pixel of rounding)
        List<Long> bottoms = ((List<?>) tops)
                .stream().map(t -> ((Number) t).longValue()).sorted().toList();
        long lines = 0;
        long last = Long.MIN_VALUE;
        for (long bottom : bottoms) {
            if (bottom - last > 4) {
                lines++;
            }
            last = bottom;
        }
        return lines;
    }

    /** The element's box on the page: x, y, width and height in CSS pixels. */
    public org.openqa.selenium.Rectangle box(String xpath) {
        return byXpath(xpath).getRect();
    }

    /** Chooses a file in a (hidden, styled) file input, as a user picking it would. */
    public void chooseFile(java.nio.file.Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//input[@type='file']")))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** The element's text once it has any (waits for an AJAX update to fill it). */
    public String textOf(String id) {
        By element = By.xpath("//*[@id='" + id + "']");
        // an AJAX update may replace the element between finding and reading it: read it again
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(element).getText();
                    return text.isBlank() ? null : text;
                });
    }

    public void waitForText(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(normalize-space(.), \"" + text + "\")]")));
    }

    public void waitUntilGone(String id) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//*[@id='" + id + "']")));
    }

    /** Clicks an element, finding it again if an AJAX update replaced it meanwhile. */
    public void click(String id) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            byId(id).click();
            return true;
        });
    }

    /**
     * Clicks a button that answers with a file and returns the file Chromium saved (headless
     * Chromium drops downloads unless told where to put them).
     */
    public Path download(String buttonId, Path directory) throws java.io.IOException, InterruptedException {
        Files.createDirectories(directory);
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        java.util.Map.of(
                                "behavior",
                                "allow",
                                "downloadPath",
                                directory.toAbsolutePath().toString()));
        java.util.Set<Path> before;
        try (var files = Files.list(directory)) {
            before = files.collect(java.util.stream.Collectors.toSet());
        }
        click(buttonId);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(directory)) {
                var saved = files.filter(f -> !before.contains(f))
                        .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                        .findFirst();
                if (saved.isPresent()) {
                    return saved.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no file was downloaded by " + buttonId + " within 30 s");
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its visible label. */
    public void choose(String menuId, String label) {
        // An AJAX update of the form leaves the old overlay panel in <body>; the newest one is last
        By option = By.xpath("(//*[@id='" + menuId + "_panel'])[last()]//li[@data-label='" + label + "']");
        By shown = By.xpath("//*[@id='" + menuId + "_label']");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            // after an AJAX update PrimeFaces fills the panel's items only when the menu opens
            if (d.findElements(option).isEmpty() || !d.findElement(option).isDisplayed()) {
                byId(menuId).click();
            }
            wait.until(ExpectedConditions.elementToBeClickable(option)).click();
            return d.findElement(shown).getText().equals(label);
        });
    }

    /** Ticks an option of a PrimeFaces selectCheckboxMenu by its visible label and closes the menu. */
    public void tick(String menuId, String label) {
        By item = By.xpath("(//*[@id='" + menuId + "_panel'])[last()]//li[.//label[normalize-space(.)='" + label
                + "']]//div[contains(@class,'ui-chkbox-box')]");
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            if (d.findElements(item).isEmpty() || !d.findElement(item).isDisplayed()) {
                byId(menuId).click();
            }
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            return true;
        });
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }

    /** Waits until PrimeFaces has no AJAX request queued or running (the page shows its answer). */
    public void awaitAjax() {
        wait.until(d -> (Boolean) script("return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                + " && (!window.jQuery || jQuery.active === 0));"));
    }

    /** Every element the locator matches now, without waiting (none is an answer too). */
    public List<WebElement> driverFindAll(By locator) {
        return driver.findElements(locator);
    }

    /** Waits until the document has loaded (after a click that navigated). */
    public void waitForLoad() {
        wait.until(d -> "complete".equals(script("return document.readyState;")));
    }

    /** Waits until no jQuery animation (a dialog fading in) is running. */
    public void waitForAnimations() {
        wait.until(d -> (Boolean) script("return !window.jQuery || jQuery(':animated').length === 0;"));
    }

    /** The labels of the chips (tokens) a PrimeFaces multiple-value input shows, without its input. */
    public List<String> chips(String id) {
        return driver
                .findElements(By.xpath("//*[@id='" + id + "']//li[contains(@class,'-token')"
                        + " and not(contains(@class,'input-token'))]"))
                .stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    /** Repeats an action until the text appears on the page (for results of background work). */
    public void repeatUntilText(Runnable action, String text, Duration timeout) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(500)).until(d -> {
            action.run();
            awaitAjax(); // judge the page the action produced, not the one it is replacing
            try {
                waitForTextBriefly(text);
                return true;
            } catch (org.openqa.selenium.TimeoutException e) {
                return false;
            }
        });
    }

    /** Repeats an action until an element matching the XPath exists (for results of background work). */
    public void repeatUntilPresent(Runnable action, String xpath, Duration timeout) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(500)).until(d -> {
            action.run();
            awaitAjax(); // judge the page the action produced, not the one it is replacing
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2))
                        .until(ExpectedConditions.presenceOfElementLocated(By.xpath(xpath)));
                return true;
            } catch (org.openqa.selenium.TimeoutException e) {
                return false;
            }
        });
    }

    private void waitForTextBriefly(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(2))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//*[contains(normalize-space(.), \"" + text + "\")]")));
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        byId("login:username").sendKeys(username);
        byId("login:password").sendKeys(password);
        byId("login:submit").click();
        byId("currentUser");
    }

    /** Keeps the page as it is now under target/browser/, to see why a browser test failed. */
    public void keepPage(String name) {
        try {
            java.nio.file.Path dir = Path.of("target", "browser");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            Files.write(
                    dir.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException | RuntimeException e) {
            // diagnostics only
        }
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * The console errors logged since the last call (Chromium reports blocked scripts, failing
     * page scripts and resources that did not load, such as a missing icon, there).
     */
    public List<String> consoleErrors() {
        return newConsoleEntries().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Reads the console (which empties Chromium's buffer) and keeps every entry for {@link #close}. */
    private List<LogEntry> newConsoleEntries() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        console.addAll(entries);
        return entries;
    }

    /**
     * Quits the browser, failing when any page it showed broke the content security policy: so
     * every browser test also checks that the pages work under the policy.
     */
    @Override
    public void close() {
        try {
            newConsoleEntries();
        } finally {
            driver.quit();
        }
        List<String> violations = console.stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        if (!violations.isEmpty()) {
            throw new AssertionError("the pages broke the content security policy: " + violations);
        }
    }
}
