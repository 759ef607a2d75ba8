package dev.gemba.touchpoint.control;

import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import dev.gemba.feedback.control.TextAnalysis;
import dev.gemba.feedback.entity.Sentiment;
import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.KeyPhrase;
import dev.gemba.nlp.TopicScore;
import dev.gemba.platform.queue.WorkHandler;

/** Analyses a touchpoint's notes from the durable work queue, like feedback. */
@Stateless
public class TouchpointAnalysisHandler implements WorkHandler {

    public static final String KIND = "touchpoint.analysis";

    @Inject
    TouchpointRepository touchpoints;

    @Inject
    TextAnalysis analysis;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(long touchpointId) {
        touchpoints.find(touchpointId).ifPresent(touchpoint -> {
            Analysis result = analysis.analyze(touchpoint.analysedText());
            touchpoint
                    .notesAnalysis()
                    .analysed(
                            result.language(),
                            Sentiment.valueOf(result.label().name()),
                            result.score(),
                            result.topics().stream().map(TopicScore::topic).collect(Collectors.joining(",")),
                            result.keyPhrases().stream()
                                    .map(KeyPhrase::phrase)
                                    .distinct()
                                    .limit(10)
                                    .collect(Collectors.joining("; ")),
                            result.modelVersion());
        });
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void gaveUp(long touchpointId, String error) {
        touchpoints.find(touchpointId).ifPresent(t -> t.notesAnalysis().failed(error));
    }
}
