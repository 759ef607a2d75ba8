package dev.gemba.survey.control;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.survey.entity.QuestionType;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyInvitation;
import dev.gemba.survey.entity.SurveyKind;
import dev.gemba.survey.entity.SurveyQuestion;
import dev.gemba.survey.entity.SurveyResponse;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Demo surveys: a transactional ticket survey with a conditional question, a relationship
 * survey, and six months of answers (seeded random, so every demo looks the same) with a few
 * comments that go through the analysis like any feedback.
 */
@Dependent
public class DemoSurveys {

    private static final List<String> COMMENTS = List.of(
            "The engineer fixed my VPN in ten minutes and explained what went wrong. Great service!",
            "Third time this month the ERP batch failed and nobody told us until the afternoon.",
            "Password reset through the portal was quick and easy.",
            "Der Drucker wurde schnell ersetzt, vielen Dank an das Team vor Ort.",
            "Ticket was closed without asking me whether the problem was actually solved.",
            "Status updates during the outage were clear and on time.");

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @EJB
    ResponseRecorder recorder;

    public void store(Instant now) {
        Survey ticket = ticketSurvey();
        Survey relationship = relationshipSurvey();
        List<ItService> services = em.createQuery("select s from ItService s order by s.id", ItService.class)
                .getResultList();
        List<BusinessUnit> units = em.createQuery("select b from BusinessUnit b order by b.id", BusinessUnit.class)
                .getResultList();
        if (services.isEmpty() || units.isEmpty()) {
            return;
        }
        Random random = new Random(42);
        SupportTier[] tiers = {SupportTier.L0, SupportTier.L1, SupportTier.L1, SupportTier.L2, SupportTier.L3};
        int comment = 0;
        for (int i = 0; i < 72; i++) {
            Instant at = now.minus(Duration.ofHours(6 + random.nextInt(180 * 24)));
            BusinessUnit unit = units.get(random.nextInt(units.size()));
            ItService service = services.get(random.nextInt(services.size()));
            var invitation = new SurveyInvitation(
                    ticket,
                    "Demo requester " + i,
                    "requester" + i + "@example.com",
                    i % 4 == 0 ? "de" : "en",
                    LifecyclePhase.OPERATION);
            invitation.context(
                    unit,
                    service,
                    tiers[random.nextInt(tiers.length)],
                    "DEMO-" + (1000 + i),
                    30 + random.nextInt(600),
                    "Service Desk",
                    null);
            invitation.invite("demo-" + i, at, at.plus(Duration.ofDays(14)));
            em.persist(invitation);
            if (random.nextInt(100) < 35) {
                continue; // not answered: shows in the response rate
            }
            int csat = Math.min(5, Math.max(1, 4 + (int) Math.round(random.nextGaussian() * 1.1)));
            Map<String, String> answers = new HashMap<>();
            answers.put("csat", String.valueOf(csat));
            answers.put("ces", String.valueOf(Math.min(7, Math.max(1, csat + 1 + random.nextInt(3) - 1))));
            if (csat <= 2) {
                answers.put("improve", "Keep me informed while the ticket is open.");
            }
            if (i % 9 == 0 && comment < COMMENTS.size()) {
                answers.put("comment", COMMENTS.get(comment++));
            }
            invitation.answered(at.plus(Duration.ofHours(2)));
            var response = new SurveyResponse(
                    ticket.current(), at.plus(Duration.ofHours(2)), invitation.getLanguage(), LifecyclePhase.OPERATION);
            response.context(unit, service, invitation.getTier());
            response.linkInvitation(invitation);
            recorder.store(
                    response,
                    answers,
                    invitation.getContactName(),
                    invitation.getContactEmail(),
                    invitation.getTicketRef(),
                    now);
        }
        for (int i = 0; i < 14; i++) {
            Instant at = now.minus(Duration.ofDays(40 + random.nextInt(20)));
            BusinessUnit unit = units.get(i % units.size());
            var response = new SurveyResponse(relationship.current(), at, "en", LifecyclePhase.CSI);
            response.context(unit, null, null);
            Map<String, String> answers = new HashMap<>();
            answers.put(
                    "nps", String.valueOf(Math.min(10, Math.max(0, 8 + (int) Math.round(random.nextGaussian() * 2)))));
            answers.put("csat", String.valueOf(Math.min(5, Math.max(1, 4 + (int) Math.round(random.nextGaussian())))));
            answers.put("areas", random.nextBoolean() ? "0,2" : "1");
            recorder.store(response, answers, null, null, null, now);
        }
    }

    private Survey ticketSurvey() {
        var survey = new Survey("Ticket satisfaction", SurveyKind.TRANSACTIONAL, false, "admin");
        survey.translate("Zufriedenheit mit Ihrem Ticket");
        var improve = new SurveyQuestion(
                "improve",
                QuestionType.FREE_TEXT,
                false,
                "Sorry to hear that. What should we improve?",
                "Das tut uns leid. Was sollten wir verbessern?",
                null,
                null);
        improve.showIf("csat", null, 2);
        survey.addVersion("admin")
                .replaceQuestions(List.of(
                        new SurveyQuestion(
                                "csat",
                                QuestionType.CSAT,
                                true,
                                "How satisfied are you with how your ticket was handled?",
                                "Wie zufrieden sind Sie mit der Bearbeitung Ihres Tickets?",
                                null,
                                null),
                        improve,
                        new SurveyQuestion(
                                "ces",
                                QuestionType.CES,
                                false,
                                "IT made it easy for me to get my issue resolved.",
                                "Die IT hat es mir leicht gemacht, mein Anliegen zu lösen.",
                                null,
                                null),
                        new SurveyQuestion(
                                "comment",
                                QuestionType.FREE_TEXT,
                                false,
                                "Anything else you would like to tell us?",
                                "Möchten Sie uns sonst noch etwas sagen?",
                                null,
                                null)));
        em.persist(survey);
        return survey;
    }

    private Survey relationshipSurvey() {
        var survey = new Survey("IT relationship survey", SurveyKind.RELATIONSHIP, true, "admin");
        survey.translate("Umfrage zur Zusammenarbeit mit der IT");
        survey.addVersion("admin")
                .replaceQuestions(List.of(
                        new SurveyQuestion(
                                "nps",
                                QuestionType.NPS,
                                true,
                                "How likely are you to recommend IT's services to a colleague?",
                                "Wie wahrscheinlich ist es, dass Sie die IT-Services einem Kollegen empfehlen?",
                                null,
                                null),
                        new SurveyQuestion(
                                "csat",
                                QuestionType.CSAT,
                                true,
                                "Overall, how satisfied are you with IT?",
                                "Wie zufrieden sind Sie insgesamt mit der IT?",
                                null,
                                null),
                        new SurveyQuestion(
                                "areas",
                                QuestionType.MULTIPLE_CHOICE,
                                false,
                                "Where should IT improve first?",
                                "Wo sollte sich die IT zuerst verbessern?",
                                List.of("Service desk", "Network and Wi-Fi", "Business applications", "Communication"),
                                List.of("Service Desk", "Netzwerk und WLAN", "Fachanwendungen", "Kommunikation")),
                        new SurveyQuestion(
                                "comment",
                                QuestionType.FREE_TEXT,
                                false,
                                "What is the one thing IT should change?",
                                "Was sollte die IT als Erstes ändern?",
                                null,
                                null)));
        em.persist(survey);
        return survey;
    }
}
