package dev.gemba.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The EAR the build produced, as Arquillian deploys it; in-container tests add themselves as a library. */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as built, for tests that call it over HTTP. */
    public static EnterpriseArchive gemba() {
        File ear = new File(System.getProperty("gemba.ear", "target/gemba.ear"));
        return ShrinkWrap.create(ZipImporter.class, "gemba.ear").importFrom(ear).as(EnterpriseArchive.class);
    }

    /** The application plus the given test classes, for tests that run inside the server. */
    public static EnterpriseArchive gembaWith(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "gemba-tests.jar").addClasses(testClasses);
        return gemba().addAsLibrary(tests);
    }
}
