package dev.gemba.it.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.ejb.EJB;

import dev.gemba.analysis.boundary.ReanalysisService;
import dev.gemba.analysis.boundary.ReanalysisStatus;
import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.analysis.entity.ReanalysisState;
import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.boundary.FeedbackService;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After a model change, one batch run queues every text (feedback, touchpoint notes) analysed by an older model, once. */
@ExtendWith(ArquillianExtension.class)
class ReanalysisIT {

    @EJB
    FeedbackService feedback;

    @EJB
    ReanalysisService reanalysis;

    @EJB
    RunAsAdmin admin;

    @EJB
    ModelAge modelAge;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(ReanalysisIT.class, RunAsAdmin.class, ModelAge.class);
    }

    @Test
    void itemsOfAnOlderModelAreAnalysedAgainWithTheCurrentOne() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String text : List.of("The VPN is down again.", "Great help with my laptop.", "Invoice app is slow.")) {
            FeedbackForm form = new FeedbackForm(
                    null,
                    Channel.EMAIL,
                    text + " " + UUID.randomUUID(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            ids.add(admin.call(() -> feedback.submit(form)).feedback().id());
        }
        String current = await(() -> admin.call(() -> feedback.get(ids.get(0))).modelVersion(), v -> v != null);
        for (long id : ids) {
            await(() -> admin.call(() -> feedback.get(id)).analysisStatus(), s -> s == AnalysisStatus.ANALYSED);
        }

        modelAge.analysedBy("older-model-1", ids);
        long touchpoint = await(() -> modelAge.ageAnalysedNotes("older-model-1"), id -> id != null); // demo data
        admin.call(() -> reanalysis.startIfOutdated()); // or the start-up trigger got there first
        ReanalysisStatus run = await(
                () -> admin.call(() -> reanalysis.runs()).stream()
                        .filter(r -> r.modelVersion().equals(current))
                        .findFirst()
                        .orElse(null),
                r -> r != null && r.status() == ReanalysisState.COMPLETED);
        assertEquals(4, run.total(), "three feedback items and one touchpoint's notes");
        assertEquals(4, run.queued());
        for (long id : ids) {
            await(() -> admin.call(() -> feedback.get(id)).modelVersion(), current::equals);
        }
        await(() -> modelAge.notesModelVersion(touchpoint), current::equals);
        assertTrue(admin.call(() -> reanalysis.startIfOutdated()).isEmpty(), "one run per model version");
    }

    private static <T> T await(Callable<T> value, java.util.function.Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            T now = value.call();
            if (done.test(now)) {
                return now;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("condition not reached within 90 s");
    }
}
