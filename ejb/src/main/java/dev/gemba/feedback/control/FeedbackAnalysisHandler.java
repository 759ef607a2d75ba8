package dev.gemba.feedback.control;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.Sentiment;
import dev.gemba.feedback.entity.TopicScore;
import dev.gemba.nlp.Analysis;
import dev.gemba.platform.queue.BatchWorkHandler;

/** Analyses a queued feedback item's text and stores the result with the item. */
@Stateless
public class FeedbackAnalysisHandler implements BatchWorkHandler {

    public static final String KIND = "feedback.analysis";

    @Inject
    FeedbackRepository feedback;

    @Inject
    TextAnalysis analysis;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(long feedbackId) {
        feedback.find(feedbackId).ifPresent(this::analyse); // absent: deleted meanwhile
    }

    /** Loads the items with their topics in one query; their updates go to the database as one batch. */
    @Override
    public void processAll(List<Long> feedbackIds) {
        feedback.findAllWithTopics(feedbackIds).forEach(this::analyse);
    }

    private void analyse(Feedback item) {
        Analysis result = analysis.analyze(item.getText());
        item.analysed(
                result.language(),
                Sentiment.valueOf(result.label().name()),
                result.score(),
                result.confidence(),
                result.modelVersion(),
                result.topics().stream()
                        .map(t -> new TopicScore(
                                t.topic(), t.confidence(), t.sentiment().name()))
                        .toList(),
                AnalysisDetail.toJson(result));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void gaveUp(long feedbackId, String error) {
        feedback.find(feedbackId).ifPresent(item -> item.analysisFailed(error));
    }
}
