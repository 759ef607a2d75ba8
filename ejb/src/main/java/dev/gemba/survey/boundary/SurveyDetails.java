package dev.gemba.survey.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyKind;

/**
 * A survey with the questions of its current version and the history of versions.
 *
 * @param nameDe the German title, null when there is none
 * @param versions every version with the number of responses given to it
 */
public record SurveyDetails(
        long id,
        String name,
        String nameDe,
        SurveyKind kind,
        boolean anonymous,
        boolean retired,
        int currentVersion,
        List<QuestionForm> questions,
        List<VersionSummary> versions,
        Instant updatedAt,
        long version) {

    /** The title in the caller's language, for pages. */
    public String label() {
        return CallerLocale.choose(name, nameDe);
    }

    public record VersionSummary(int number, Instant createdAt, String createdBy, long responses) {}

    static SurveyDetails of(Survey s, Map<Long, Long> responsesByVersionId) {
        return new SurveyDetails(
                s.getId(),
                s.getName(),
                s.getNameDe(),
                s.getKind(),
                s.isAnonymous(),
                s.isRetired(),
                s.getCurrentVersion(),
                s.current().getQuestions().stream().map(QuestionForm::of).toList(),
                s.getVersions().stream()
                        .map(v -> new VersionSummary(
                                v.getNumber(),
                                v.getCreatedAt(),
                                v.getCreatedBy(),
                                responsesByVersionId.getOrDefault(v.getId(), 0L)))
                        .toList(),
                s.getUpdatedAt(),
                s.getVersion());
    }
}
