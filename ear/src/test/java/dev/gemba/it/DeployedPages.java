package dev.gemba.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** The pages of the web module as the EAR deploys them, so that browser suites cover new pages by themselves. */
public final class DeployedPages {

    /**
     * Public pages, outside the signed-in layout: sign-in, the accessibility statement, and the
     * survey and unsubscribe pages that need a token. AccessibilityBrowserIT checks them one by one.
     */
    public static final List<String> PUBLIC =
            List.of("/login.xhtml", "/accessibility.xhtml", "/respond.xhtml", "/unsubscribe.xhtml");

    private DeployedPages() {}

    /** Every page but the public ones above, sorted; pages of one record answer "not found" without an id. */
    public static List<String> signedIn() throws IOException {
        List<String> pages = new ArrayList<>();
        try (var ear = new ZipFile(System.getProperty("gemba.ear", "target/gemba.ear"));
                var war = new ZipInputStream(ear.getInputStream(ear.getEntry(Deployments.WEB_MODULE)))) {
            for (var entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
                String path = "/" + entry.getName();
                if (path.endsWith(".xhtml")
                        && !path.startsWith("/WEB-INF/")
                        && !path.startsWith("/resources/")
                        && !PUBLIC.contains(path)) {
                    pages.add(path);
                }
            }
        }
        pages.sort(null);
        assertTrue(pages.size() >= 15, "pages found in the EAR: " + pages);
        return pages;
    }
}
