package dev.gemba.feedback.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.gemba.analysis.entity.AnalysisDetail;
import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.SupportTier;

/**
 * A feedback item with its analysis as callers see it. {@code sentiment} and {@code topics} are
 * the model's; {@code correctedSentiment} and {@code correctedTopics} a person's, when given,
 * with who gave them last ({@code correctedBy}) and when ({@code correctedAt});
 * {@code surveyLabel} names the survey and scores when the text is a survey answer;
 * {@code analysisDetail} holds the sentences, key phrases and evidence of the analysis.
 */
public record FeedbackSummary(
        long id,
        Instant receivedAt,
        Channel channel,
        String text,
        String contactName,
        Long businessUnitId,
        String businessUnit,
        List<String> services,
        SupportTier tier,
        String ticketRef,
        String externalId,
        String surveyLabel,
        Set<String> tags,
        String capturedBy,
        AnalysisStatus analysisStatus,
        String analysisError,
        String language,
        Sentiment sentiment,
        Double sentimentScore,
        String modelVersion,
        List<String> topics,
        Sentiment correctedSentiment,
        List<String> correctedTopics,
        String correctedBy,
        Instant correctedAt,
        AnalysisDetail analysisDetail,
        long version) {

    public static FeedbackSummary of(Feedback f) {
        var unit = f.getBusinessUnit();
        return new FeedbackSummary(
                f.getId(),
                f.getReceivedAt(),
                f.getChannel(),
                f.getText(),
                f.getContactName(),
                unit == null ? null : unit.getId(),
                unit == null ? null : unit.getName(),
                f.getServices().stream().map(s -> s.getName()).sorted().toList(),
                f.getTier(),
                f.getTicketRef(),
                f.getExternalId(),
                f.getSurveyLabel(),
                f.getTags(),
                f.getCapturedBy(),
                f.getAnalysisStatus(),
                f.getAnalysisError(),
                f.getLanguage(),
                f.getSentiment(),
                f.getSentimentScore(),
                f.getModelVersion(),
                f.getTopics().stream().map(t -> t.getTopic()).toList(),
                f.getCorrectedSentiment(),
                f.getCorrectedTopics() == null
                        ? null
                        : List.of(f.getCorrectedTopics().split(",")),
                f.getCorrectedBy(),
                f.getCorrectedAt(),
                f.getAnalysisDetail(),
                f.getVersion());
    }
}
