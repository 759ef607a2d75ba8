package dev.gemba.it.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.ejb.EJB;

import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.boundary.FeedbackService;
import dev.gemba.feedback.boundary.FeedbackSummary;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The durable queue inside the server: a text that makes the analysis throw fails for good without blocking. */
@ExtendWith(ArquillianExtension.class)
class FeedbackAnalysisIT {

    @EJB
    FeedbackService feedback;

    @EJB
    RunAsAdmin admin;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(FeedbackAnalysisIT.class, RunAsAdmin.class, PoisonTextAnalysis.class);
    }

    private FeedbackSummary submit(String text) throws Exception {
        return admin.call(() -> feedback.submit(new FeedbackForm(
                        null, Channel.PHONE, text, null, null, null, Set.of(), null, null, null, Set.of())))
                .feedback();
    }

    private FeedbackSummary await(long id, Predicate<FeedbackSummary> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            FeedbackSummary item = admin.call(() -> feedback.get(id));
            if (done.test(item)) {
                return item;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("feedback " + id + " did not reach the expected state within 60 s");
    }

    @Test
    void poisonTextEndsFailedAfterRetriesAndDoesNotBlockTheQueue() throws Exception {
        FeedbackSummary poison = submit("This text is a " + PoisonTextAnalysis.POISON + " for the analyser.");
        FeedbackSummary healthy = submit("Printer on floor two is broken again, awful.");

        FeedbackSummary analysed = await(healthy.id(), f -> f.analysisStatus() == AnalysisStatus.ANALYSED);
        assertEquals("NEGATIVE", analysed.sentiment().name());

        FeedbackSummary failed = await(poison.id(), f -> f.analysisStatus() == AnalysisStatus.FAILED);
        assertTrue(failed.analysisError().contains("poison"), failed.analysisError());

        FeedbackSummary again = admin.call(() -> feedback.reanalyse(poison.id()));
        assertEquals(AnalysisStatus.PENDING, again.analysisStatus());
        await(poison.id(), f -> f.analysisStatus() == AnalysisStatus.FAILED);
    }
}
