package dev.gemba.survey.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.survey.boundary.RespondentPage.State;
import dev.gemba.survey.control.InvitationRepository;
import dev.gemba.survey.control.InvitationTokens;
import dev.gemba.survey.control.ResponseRecorder;
import dev.gemba.survey.entity.InvitationStatus;
import dev.gemba.survey.entity.SurveyInvitation;

/**
 * The public side of a survey: whoever holds an invitation's token may read, save and submit its
 * answers, once, before it expires. No sign-in; the token is the credential.
 */
@Stateless
@PermitAll
public class ResponseService {

    @Inject
    InvitationRepository invitations;

    @EJB
    ResponseRecorder recorder;

    /** The page for a token, marking the invitation opened; {@code language} overrides the invitation's. */
    public RespondentPage open(String token, String language) {
        Optional<SurveyInvitation> found = find(token);
        if (found.isEmpty()) {
            return RespondentPage.closed(State.UNKNOWN, "de".equals(language) ? "de" : "en");
        }
        SurveyInvitation invitation = found.get();
        Instant now = Instant.now();
        if (invitation.getStatus() == InvitationStatus.ANSWERED) {
            return RespondentPage.closed(State.ANSWERED, pick(language, invitation)); // in the person's language
        }
        if (invitation.expired(now)) {
            return RespondentPage.closed(State.EXPIRED, pick(language, invitation));
        }
        invitation.opened(now);
        return recorder.page(invitation, pick(language, invitation), Drafts.read(invitation.getDraft()));
    }

    /** Keeps the answers so far without submitting them. */
    public State save(String token, Map<String, String> answers) {
        SurveyInvitation invitation = answerable(token);
        if (invitation == null) {
            return stateOf(token);
        }
        String draft = Drafts.write(new LinkedHashMap<>(answers));
        if (draft.length() > 20_000) {
            throw new dev.gemba.platform.boundary.InvalidInputException("answers", text("response.too-long"));
        }
        invitation.saveDraft(draft);
        return State.OPEN;
    }

    /**
     * Validates and stores the answers; afterwards the token only shows a thank-you page.
     *
     * @throws dev.gemba.platform.boundary.InvalidInputException naming the question code at fault
     */
    public State submit(String token, Map<String, String> answers, String language) {
        SurveyInvitation invitation = answerable(token);
        if (invitation == null) {
            return stateOf(token);
        }
        recorder.record(invitation, answers, pick(language, invitation), Instant.now());
        return State.ANSWERED;
    }

    /** The invitation behind a token while it can still be answered, else null. */
    private SurveyInvitation answerable(String token) {
        return find(token)
                .filter(i -> i.getStatus() != InvitationStatus.ANSWERED && !i.expired(Instant.now()))
                .orElse(null);
    }

    private State stateOf(String token) {
        return find(token)
                .map(i -> i.getStatus() == InvitationStatus.ANSWERED ? State.ANSWERED : State.EXPIRED)
                .orElse(State.UNKNOWN);
    }

    private Optional<SurveyInvitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations
                .byTokenHash(InvitationTokens.hash(token.strip()))
                .filter(i -> i.getStatus() != InvitationStatus.SKIPPED);
    }

    private static String pick(String language, SurveyInvitation invitation) {
        return "de".equals(language) || "en".equals(language) ? language : invitation.getLanguage();
    }
}
