package dev.gemba.it.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A model setting that names no file stops Gemba's start with a message naming the setting and
 * the file, instead of starting and then failing every analysis.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MisconfiguredModelIT {

    static final String DEPLOYMENT = "misconfigured";
    static final Path MISSING = Path.of(System.getProperty("java.io.tmpdir"), "gemba-it-models", "no-such-model.bin");

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        JavaArchive settings = ShrinkWrap.create(JavaArchive.class, "gemba-it-model-settings.jar")
                .addAsManifestResource(
                        new StringAsset("gemba.nlp.topic.model=" + MISSING + "\n"), "microprofile-config.properties");
        return Deployments.gemba().addAsLibrary(settings);
    }

    @Test
    void aModelSettingNamingNoFileStopsTheStartWithItsReason() {
        try {
            Exception refused = assertThrows(Exception.class, () -> deployer.deploy(DEPLOYMENT));
            String reason = messages(refused);
            assertTrue(
                    reason.contains("gemba.nlp.topic.model names " + MISSING + ", but there is no such file"), reason);
        } finally {
            try {
                deployer.undeploy(DEPLOYMENT);
            } catch (RuntimeException alreadyGone) {
                // a failed deployment is usually rolled back by the server
            }
        }
        assertEquals(404, Api.anonymous().get("/api/v1/services").status(), "the refused deployment serves nothing");
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
