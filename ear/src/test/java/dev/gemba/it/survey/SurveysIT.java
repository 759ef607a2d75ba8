package dev.gemba.it.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import jakarta.ejb.EJB;

import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.catalog.boundary.ServiceCatalogService;
import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.boundary.FeedbackService;
import dev.gemba.feedback.boundary.FeedbackSummary;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.survey.boundary.InvitationReceipt;
import dev.gemba.survey.boundary.InvitationService;
import dev.gemba.survey.boundary.PolicyForm;
import dev.gemba.survey.boundary.QuestionForm;
import dev.gemba.survey.boundary.RespondentPage.State;
import dev.gemba.survey.boundary.ResponseService;
import dev.gemba.survey.boundary.ScoreDimension;
import dev.gemba.survey.boundary.ScoreQuery;
import dev.gemba.survey.boundary.ScoreRow;
import dev.gemba.survey.boundary.SurveyDetails;
import dev.gemba.survey.boundary.SurveyForm;
import dev.gemba.survey.boundary.SurveyPolicyService;
import dev.gemba.survey.boundary.SurveyScoreService;
import dev.gemba.survey.boundary.SurveyService;
import dev.gemba.survey.boundary.TicketClosure;
import dev.gemba.survey.entity.InvitationStatus;
import dev.gemba.survey.entity.QuestionType;
import dev.gemba.survey.entity.SkipReason;
import dev.gemba.survey.entity.SurveyKind;
import dev.gemba.touchpoint.boundary.FollowUpQuery;
import dev.gemba.touchpoint.boundary.FollowUpService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Surveys inside the server: exact scores from known answers, versioning, the fatigue rules
 * (each with its skip reason), token reuse and expiry, answers becoming analysed feedback and
 * follow-ups. Each test uses its own survey and people, so tests do not see each other's data.
 */
@ExtendWith(ArquillianExtension.class)
class SurveysIT {

    @EJB
    SurveyService surveys;

    @EJB
    InvitationService invitations;

    @EJB
    ResponseService responses;

    @EJB
    SurveyScoreService scores;

    @EJB
    SurveyPolicyService policy;

    @EJB
    FeedbackService feedback;

    @EJB
    FollowUpService followUps;

    @EJB
    ServiceCatalogService catalog;

    @EJB
    RunAsAdmin admin;

    @EJB
    SurveyClock clock;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(SurveysIT.class, RunAsAdmin.class, SurveyClock.class);
    }

    @BeforeEach
    void permissivePolicy() throws Exception {
        setPolicy(100, 0, 0, 100, List.of());
    }

    @Test
    void scoresAreExactForKnownAnswers() throws Exception {
        long survey = scoredSurvey(false).id();
        int[] csat = {5, 4, 3, 2, 1, 5, 4, 4};
        int[] nps = {10, 9, 9, 8, 7, 6, 3, 10};
        int[] ces = {7, 6, 5, 4, 3, 2, 1, 7};
        for (int i = 0; i < 10; i++) {
            InvitationReceipt invitation = invite(survey, person(), "en", null);
            if (i < csat.length) {
                var answers =
                        new java.util.HashMap<>(Map.of("csat", "" + csat[i], "nps", "" + nps[i], "ces", "" + ces[i]));
                if (csat[i] <= 2) {
                    answers.put("improve", "Faster answers, please."); // asked only after a low CSAT
                }
                assertEquals(State.ANSWERED, responses.submit(token(invitation), answers, "en"));
            }
        }
        ScoreRow row = only(
                admin.call(() -> scores.scores(new ScoreQuery(ScoreDimension.SURVEY, null, null, survey, null, null))));
        assertEquals(8, row.responses());
        assertEquals(62.5, row.csat().value(), 1e-9); // 5 of 8 answered 4 or 5
        assertEquals(8, row.csat().n());
        assertEquals(25.0, row.nps().value(), 1e-9); // 4 promoters, 2 detractors of 8
        assertEquals(4.375, row.ces().value(), 1e-9); // 35 / 8
        assertEquals(10, row.invited());
        assertEquals(8, row.answered());
        assertEquals(80.0, row.responseRate().value(), 1e-9);
        assertTrue(row.csat().low() < 62.5 && row.csat().high() > 62.5, "interval around the share");
        assertTrue(row.csat().high() - row.csat().low() > 40, "8 answers give a wide interval");

        ScoreRow byMonth = only(
                admin.call(() -> scores.scores(new ScoreQuery(ScoreDimension.MONTH, null, null, survey, null, null))));
        assertEquals(java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString(), byMonth.key());
        assertEquals(8, byMonth.responses());
    }

    @Test
    void changingQuestionsInUseCreatesANewVersionAndOldAnswersKeepTheirs() throws Exception {
        SurveyDetails created = scoredSurvey(false);
        long id = created.id();
        // not in use yet: an edit changes version 1 in place
        SurveyDetails edited = admin.call(() -> surveys.update(id, form(created, "How satisfied are you, really?")));
        assertEquals(1, edited.currentVersion());

        InvitationReceipt first = invite(id, person(), "en", null);
        assertEquals(1, first.surveyVersion());
        responses.submit(token(first), Map.of("csat", "4", "nps", "9"), "en");

        SurveyDetails second = admin.call(() -> surveys.update(id, form(edited, "How satisfied are you today?")));
        assertEquals(2, second.currentVersion());
        assertEquals("How satisfied are you today?", second.questions().get(0).textEn());
        assertEquals(1, second.versions().get(0).responses());
        assertEquals(0, second.versions().get(1).responses());
        SurveyDetails listed = admin.call(() -> surveys.list()).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
        assertEquals(1, listed.versions().get(0).responses(), "the list counts answers per version too");
        assertEquals(2, invite(id, person(), "en", null).surveyVersion());

        // a stale version is refused, nothing changes
        assertThrows(
                dev.gemba.platform.boundary.StaleUpdateException.class,
                () -> admin.call(() -> surveys.update(id, form(created, "Lost update"))));
        assertEquals(2, admin.call(() -> surveys.get(id)).currentVersion());
    }

    @Test
    void aTicketIsInvitedOnceHoweverOftenItIsSent() throws Exception {
        long survey = scoredSurvey(false).id();
        String ticket = "INC-" + UUID.randomUUID();
        var closure = closure(survey, ticket, person(), "de", null);
        var first = admin.call(() -> invitations.invite(closure));
        var repeat = admin.call(() -> invitations.invite(closure));
        assertTrue(first.created());
        assertFalse(repeat.created());
        assertEquals(first.invitation().id(), repeat.invitation().id());
        assertEquals(first.invitation().link(), repeat.invitation().link());
        assertEquals("de", repeat.invitation().language());
    }

    @Test
    void maximumPer30DaysSkipsWithItsReason() throws Exception {
        setPolicy(2, 0, 0, 100, List.of());
        long survey = scoredSurvey(false).id();
        String person = person();
        assertEquals(
                InvitationStatus.INVITED, invite(survey, person, "en", null).status());
        assertEquals(
                InvitationStatus.INVITED, invite(survey, person, "en", null).status());
        InvitationReceipt third = invite(survey, person, "en", null);
        assertEquals(InvitationStatus.SKIPPED, third.status());
        assertEquals(SkipReason.MAX_PER_30_DAYS, third.skipReason());
        assertNull(third.link());
        assertNotNull(third.skipDetail());
    }

    @Test
    void minimumGapSkipsWithItsReasonAndCountsAcrossSurveyKinds() throws Exception {
        setPolicy(10, 7, 0, 100, List.of());
        String person = person();
        InvitationReceipt relationship =
                invite(scoredSurvey(false, SurveyKind.RELATIONSHIP).id(), person, "en", null);
        assertEquals(InvitationStatus.INVITED, relationship.status());
        InvitationReceipt ticket = invite(scoredSurvey(false).id(), person.toUpperCase(), "en", null);
        assertEquals(SkipReason.MIN_DAYS_BETWEEN, ticket.skipReason(), "the same person in another spelling");
        clock.age(relationship.id(), Duration.ofDays(8));
        assertEquals(
                InvitationStatus.INVITED,
                invite(scoredSurvey(false).id(), person, "en", null).status());
    }

    @Test
    void aRecentComplaintSkipsWithItsReason() throws Exception {
        setPolicy(10, 0, 14, 100, List.of());
        String person = person();
        admin.call(() -> feedback.submit(new FeedbackForm(
                null,
                Channel.COMPLAINT,
                "Nobody called me back about the broken laptop.",
                "Complainer",
                person,
                null,
                null,
                null,
                null,
                null,
                null)));
        InvitationReceipt skipped = invite(scoredSurvey(false).id(), person, "en", null);
        assertEquals(SkipReason.QUIET_AFTER_COMPLAINT, skipped.skipReason());
        assertEquals(
                InvitationStatus.INVITED,
                invite(scoredSurvey(false).id(), person(), "en", null).status());
    }

    @Test
    void samplingPerServiceSkipsWithItsReason() throws Exception {
        long sampledOut = admin.call(() ->
                        catalog.list(dev.gemba.catalog.boundary.ServiceQuery.all(), new PageRequest(0, 1, null, false)))
                .items()
                .get(0)
                .id();
        setPolicy(10, 0, 0, 100, List.of(new PolicyForm.ServiceSamplingRate(sampledOut, null, 0)));
        long survey = scoredSurvey(false).id();
        InvitationReceipt skipped = invite(survey, person(), "en", sampledOut);
        assertEquals(SkipReason.NOT_SAMPLED, skipped.skipReason());
        assertEquals(
                InvitationStatus.INVITED, invite(survey, person(), "en", null).status(), "other services: 100%");
    }

    @Test
    void aTokenAnswersOnceAndThenOnlyThanks() throws Exception {
        long survey = scoredSurvey(false).id();
        String token = token(invite(survey, person(), "en", null));
        assertEquals(State.OPEN, responses.open(token, null).state());
        assertEquals(State.ANSWERED, responses.submit(token, Map.of("csat", "5", "nps", "10"), "en"));
        assertEquals(State.ANSWERED, responses.submit(token, Map.of("csat", "1", "nps", "0"), "en"));
        assertEquals(State.ANSWERED, responses.open(token, null).state());
        assertEquals(1, clock.responsesOf(survey));
        assertEquals(
                100.0,
                only(admin.call(() ->
                                scores.scores(new ScoreQuery(ScoreDimension.SURVEY, null, null, survey, null, null))))
                        .csat()
                        .value());
        assertEquals(State.UNKNOWN, responses.open(token + "x", null).state());
    }

    @Test
    void anExpiredTokenStoresNothing() throws Exception {
        long survey = scoredSurvey(false).id();
        InvitationReceipt invitation = invite(survey, person(), "en", null);
        responses.save(token(invitation), Map.of("csat", "3"));
        assertEquals("3", responses.open(token(invitation), null).answers().get("csat"), "resumable");
        clock.expire(invitation.id());
        assertEquals(State.EXPIRED, responses.open(token(invitation), null).state());
        assertEquals(State.EXPIRED, responses.submit(token(invitation), Map.of("csat", "3", "nps", "5"), "en"));
        assertEquals(0, clock.responsesOf(survey));
    }

    @Test
    void answersAreCheckedPerQuestionIncludingConditions() throws Exception {
        long survey = scoredSurvey(false).id();
        String token = token(invite(survey, person(), "en", null));
        var missing =
                assertThrows(InvalidInputException.class, () -> responses.submit(token, Map.of("nps", "11"), "en"));
        assertEquals(
                List.of("csat", "nps"),
                missing.errors().stream().map(e -> e.field()).sorted().toList());
        // the improvement question shows only for CSAT <= 2, and is then required
        var conditional = assertThrows(
                InvalidInputException.class, () -> responses.submit(token, Map.of("csat", "2", "nps", "5"), "en"));
        assertEquals("improve", conditional.errors().get(0).field());
        assertEquals(State.OPEN, responses.open(token, null).state(), "nothing stored on a refusal");
    }

    @Test
    void aLowScoreWithACommentBecomesAnalysedFeedbackAndAFollowUp() throws Exception {
        long survey = scoredSurvey(false).id();
        long unit = demoUnitWithRelationshipManager();
        var closure = new TicketClosure(
                "INC-" + UUID.randomUUID(),
                "Greta Gruber",
                person(),
                "de",
                survey,
                null,
                unit,
                null,
                45,
                "Desk",
                false);
        String token = token(admin.call(() -> invitations.invite(closure)).invitation());
        responses.submit(
                token,
                Map.of(
                        "csat",
                        "1",
                        "nps",
                        "2",
                        "improve",
                        "Der Drucker ist seit zwei Wochen kaputt und niemand kümmert sich darum."),
                "de");
        long feedbackId = clock.feedbackOf(survey);
        FeedbackSummary item = await(
                () -> admin.call(() -> feedback.get(feedbackId)), f -> f.analysisStatus() == AnalysisStatus.ANALYSED);
        assertEquals(Channel.SURVEY, item.channel());
        assertEquals("de", item.language());
        assertEquals("Greta Gruber", item.contactName());
        assertTrue(item.surveyLabel().contains("CSAT 1/5"), item.surveyLabel());
        assertNotNull(item.sentiment());
        var actions = admin.call(() ->
                followUps.search(new FollowUpQuery("rm", null, false, null), new PageRequest(0, 100, null, false)));
        var action = actions.items().stream()
                .filter(a -> Long.valueOf(feedbackId).equals(a.feedbackId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("a follow-up for the unit's relationship manager"));
        assertTrue(
                action.text().startsWith("Niedrige Umfragebewertung (CSAT 1/5")
                        && action.text().contains("Greta Gruber"),
                "in the language the survey was answered in, from the message bundle: " + action.text());
    }

    @Test
    void anonymousAnswersCarryNoIdentity() throws Exception {
        long survey = scoredSurvey(true).id();
        String token = token(invite(survey, person(), "en", null));
        responses.submit(token, Map.of("csat", "2", "nps", "8", "improve", "Slow replies."), "en");
        assertFalse(clock.linkedToInvitation(survey));
        FeedbackSummary item = admin.call(() -> feedback.get(clock.feedbackOf(survey)));
        assertNull(item.contactName());
        assertNull(item.ticketRef());
    }

    @Test
    void aCampaignRemindsThoseWhoHaveNotAnsweredOnce() throws Exception {
        long survey = scoredSurvey(false, SurveyKind.RELATIONSHIP).id();
        String answering = person();
        String silent = person();
        var unit = admin.call(() -> units.create(new dev.gemba.catalog.boundary.BusinessUnitForm(
                "Reminder unit " + UUID.randomUUID(),
                null,
                null,
                List.of(
                        new dev.gemba.catalog.boundary.KeyContactEntry("Ann Answer", answering, null, null),
                        new dev.gemba.catalog.boundary.KeyContactEntry("Sid Silent", silent, null, null)),
                null,
                null)));
        var campaign = admin.call(() -> campaigns.schedule(new dev.gemba.survey.boundary.CampaignForm(
                survey, "Reminder check", unit.id(), null, null, Instant.now().minusSeconds(1), 3, "de")));
        launcher.launchDue(Instant.now()); // or the scheduler got there first: either launches it once
        var progress = await(() -> admin.call(() -> campaigns.get(campaign.id())), p -> p.sent() == 2);
        assertEquals(2, progress.invited());

        var answeredInvitation =
                admin.call(() -> invitations.list(null, campaign.id(), new PageRequest(0, 10, null, false))).stream()
                        .filter(i -> i.contactEmail().equals(answering))
                        .findFirst()
                        .orElseThrow();
        responses.submit(token(answeredInvitation), Map.of("csat", "5", "nps", "10"), "en");

        assertEquals(0, launcher.remindDue(Instant.now()), "not due before three days");
        assertEquals(1, launcher.remindDue(Instant.now().plus(Duration.ofDays(4))), "only the one who did not answer");
        assertEquals(0, launcher.remindDue(Instant.now().plus(Duration.ofDays(5))), "reminded once");
        java.nio.file.Path mail = java.nio.file.Path.of(System.getenv("GEMBA_DATA_DIR"), "mail");
        // found by the person's unique address: ids repeat across test runs, the mail folder stays
        String reminder = await(() -> reminderTo(mail, silent), text -> text != null);
        assertTrue(reminder.contains("Erinnerung:"), "in the campaign's language");
        assertEquals(1, admin.call(() -> campaigns.get(campaign.id())).answered());
    }

    @EJB
    dev.gemba.survey.boundary.CampaignService campaigns;

    @EJB
    dev.gemba.survey.control.CampaignLauncher launcher;

    // --- helpers

    private static String reminderTo(java.nio.file.Path mail, String person) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(mail)) {
            for (var file : files.filter(f -> f.getFileName().toString().contains("-reminder"))
                    .toList()) {
                String text = java.nio.file.Files.readString(file);
                if (text.contains(person)) {
                    return text;
                }
            }
        }
        return null;
    }

    private SurveyDetails scoredSurvey(boolean anonymous) throws Exception {
        return scoredSurvey(anonymous, SurveyKind.TRANSACTIONAL);
    }

    private SurveyDetails scoredSurvey(boolean anonymous, SurveyKind kind) throws Exception {
        var form = new SurveyForm(
                "IT survey " + UUID.randomUUID(), kind, anonymous, questions("How satisfied are you?"), null);
        return admin.call(() -> surveys.create(form));
    }

    private static List<QuestionForm> questions(String csatText) {
        return List.of(
                new QuestionForm(
                        "csat",
                        QuestionType.CSAT,
                        true,
                        csatText,
                        "Wie zufrieden sind Sie?",
                        null,
                        null,
                        null,
                        null,
                        null),
                new QuestionForm(
                        "improve",
                        QuestionType.FREE_TEXT,
                        true,
                        "What should we improve?",
                        "Was sollten wir verbessern?",
                        null,
                        null,
                        "csat",
                        null,
                        2),
                new QuestionForm(
                        "nps",
                        QuestionType.NPS,
                        true,
                        "Would you recommend us?",
                        "Würden Sie uns empfehlen?",
                        null,
                        null,
                        null,
                        null,
                        null),
                new QuestionForm(
                        "ces",
                        QuestionType.CES,
                        false,
                        "It was easy.",
                        "Es war einfach.",
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private static SurveyForm form(SurveyDetails current, String csatText) {
        return new SurveyForm(
                current.name(), current.kind(), current.anonymous(), questions(csatText), current.version());
    }

    private InvitationReceipt invite(long survey, String person, String language, Long serviceId) throws Exception {
        var closure = closure(survey, "INC-" + UUID.randomUUID(), person, language, serviceId);
        return admin.call(() -> invitations.invite(closure)).invitation();
    }

    private static TicketClosure closure(long survey, String ticket, String person, String language, Long serviceId) {
        return new TicketClosure(
                ticket, "Requester", person, language, survey, serviceId, null, null, 30, "Service Desk", false);
    }

    private static String token(InvitationReceipt invitation) {
        return invitation.link().substring(invitation.link().indexOf("t=") + 2);
    }

    private static String person() {
        return "person-" + UUID.randomUUID() + "@example.com";
    }

    private void setPolicy(int max, int gap, int quiet, int sampling, List<PolicyForm.ServiceSamplingRate> rates)
            throws Exception {
        admin.call(() -> {
            long version = policy.get().version();
            return policy.change(new PolicyForm(max, gap, quiet, sampling, 14, rates, version));
        });
    }

    private long demoUnitWithRelationshipManager() throws Exception {
        return admin.call(
                () -> units
                        .list(dev.gemba.catalog.boundary.BusinessUnitQuery.all(), new PageRequest(0, 10, null, false))
                        .items()
                        .stream()
                        .filter(u -> "rm".equals(u.relationshipManager()))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    @EJB
    dev.gemba.catalog.boundary.BusinessUnitService units;

    private static ScoreRow only(List<ScoreRow> rows) {
        assertEquals(1, rows.size(), rows.toString());
        return rows.get(0);
    }

    static <T> T await(Callable<T> read, Predicate<T> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        T value = read.call();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out; last value " + value);
            }
            Thread.sleep(200);
            value = read.call();
        }
        return value;
    }
}
