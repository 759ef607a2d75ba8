package dev.gemba.survey.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.gemba.survey.entity.QuestionType;

/**
 * What the public response page shows for a token, in the respondent's language.
 *
 * @param state whether the survey can be answered; the other fields are empty unless OPEN or ANSWERED
 * @param answers saved answers by question code (drafts), so a respondent can come back
 */
public record RespondentPage(
        State state,
        String surveyName,
        String language,
        boolean anonymous,
        List<Question> questions,
        Map<String, String> answers,
        Instant expiresAt)
        implements Serializable {

    public enum State {
        OPEN,
        ANSWERED,
        EXPIRED,
        UNKNOWN
    }

    /** A question in one language; scores are whole numbers from min to max. */
    public record Question(
            String code,
            QuestionType type,
            boolean required,
            String text,
            List<String> choices,
            int min,
            int max,
            String showIfCode,
            Integer showIfMin,
            Integer showIfMax)
            implements Serializable {

        /** Whether the question shows, given the answers so far. */
        public boolean visible(Map<String, String> answers) {
            if (showIfCode == null) {
                return true;
            }
            String on = answers.get(showIfCode);
            if (on == null || on.isBlank()) {
                return false;
            }
            try {
                int value = Integer.parseInt(on.strip());
                return (showIfMin == null || value >= showIfMin) && (showIfMax == null || value <= showIfMax);
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }

    static RespondentPage closed(State state, String language) {
        return new RespondentPage(state, null, language, false, List.of(), Map.of(), null);
    }
}
