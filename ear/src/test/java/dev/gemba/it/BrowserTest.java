package dev.gemba.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every {@code *BrowserIT}: the application as built, driven from outside by headless
 * Chromium. By default each test gets a fresh signed-out {@link #browser}, closed after it; tests
 * that open browsers of their own (in other languages, several users) pass {@code false}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    private final boolean browserPerTest;

    /** The test's browser (null when the test opens its own). */
    protected Browser browser;

    protected BrowserTest() {
        this(true);
    }

    protected BrowserTest(boolean browserPerTest) {
        this.browserPerTest = browserPerTest;
    }

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    /** A name under which the last page of each test is kept for reading after a failure; null keeps none. */
    protected String keptPagePrefix() {
        return null;
    }

    @BeforeEach
    protected void startBrowser() {
        if (browserPerTest) {
            browser = new Browser();
        }
    }

    @AfterEach
    protected void closeBrowser(TestInfo test) {
        if (browser == null) {
            return;
        }
        String prefix = keptPagePrefix();
        if (prefix != null) {
            browser.keepPage(prefix + test.getTestMethod().map(m -> m.getName()).orElse("page"));
        }
        browser.close();
        browser = null;
    }
}
