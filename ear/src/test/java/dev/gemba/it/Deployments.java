package dev.gemba.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, as Arquillian deploys it; in-container tests add themselves as a library. */
public final class Deployments {

    public static final String WEB_MODULE = "gemba-web.war";
    static final String TEST_MODULE = "gemba-tests.jar";

    private Deployments() {}

    /** The application exactly as built, for tests that call it over HTTP. */
    public static EnterpriseArchive gemba() {
        File ear = new File(System.getProperty("gemba.ear", "target/gemba.ear"));
        return ShrinkWrap.create(ZipImporter.class, "gemba.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /** The application plus the given test classes, for tests that run inside the server. */
    public static EnterpriseArchive gembaWith(Class<?>... testClasses) throws IOException {
        // an EJB module of its own, so that test helpers may be EJBs (RunAsAdmin)
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, TEST_MODULE).addClasses(testClasses);
        EnterpriseArchive ear = gemba().addAsModule(tests);
        String applicationXml = read(ear.get("META-INF/application.xml").getAsset());
        ear.setApplicationXML(new StringAsset(applicationXml.replace(
                "</application>", "<module><ejb>" + TEST_MODULE + "</ejb></module></application>")));
        // Arquillian adds its test-runner servlet to the web module, which requires sign-in for every
        // path; open just that path, in the test deployment only.
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        String webXml = read(web.get("WEB-INF/web.xml").getAsset());
        web.setWebXML(new StringAsset(webXml.replace(
                "<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
        return ear;
    }

    private static String read(Asset asset) throws IOException {
        try (var in = asset.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
