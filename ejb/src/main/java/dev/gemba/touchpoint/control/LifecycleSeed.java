package dev.gemba.touchpoint.control;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.touchpoint.entity.InformationItem;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.PhaseVocabulary;
import dev.gemba.touchpoint.entity.TouchpointType;

/**
 * The default touchpoint types and information checklist per lifecycle phase, in English and
 * German. Seeded once into an empty table in every mode (not only demo): a touchpoint cannot be
 * logged without types. Admins change them afterwards; the seed never overwrites their edits.
 */
@Stateless
public class LifecycleSeed {

    private static final Logger LOG = Logger.getLogger(LifecycleSeed.class.getName());

    /** A seeded entry's English and German name. */
    record Seeded(String name, String nameDe) {}

    static final Map<LifecyclePhase, List<Seeded>> TYPES = Map.of(
            LifecyclePhase.STRATEGY,
            List.of(
                    new Seeded(
                            "Business case development and approval", "Erstellung und Genehmigung von Business Cases"),
                    new Seeded("Business strategy and initiatives", "Geschäftsstrategie und Initiativen"),
                    new Seeded("High-level planning", "Grobplanung"),
                    new Seeded("Financials", "Finanzen"),
                    new Seeded("Forecasting", "Prognosen"),
                    new Seeded("Planning meetings", "Planungsbesprechungen"),
                    new Seeded("Marketing assessment", "Marktbewertung")),
            LifecyclePhase.DESIGN,
            List.of(
                    new Seeded("Project teams", "Projektteams"),
                    new Seeded("Steering committees", "Lenkungsausschüsse"),
                    new Seeded("Business requirements", "Geschäftsanforderungen"),
                    new Seeded("Functional requirements", "Funktionale Anforderungen"),
                    new Seeded("Gemba walk", "Gemba Walk"),
                    new Seeded("Kaizen", "Kaizen"),
                    new Seeded("Gathering service level requirements", "Erhebung der Service-Level-Anforderungen")),
            LifecyclePhase.TRANSITION,
            List.of(
                    new Seeded("Rollout planning", "Rollout-Planung"),
                    new Seeded("Training", "Schulung"),
                    new Seeded("User acceptance testing", "Abnahmetests"),
                    new Seeded("Change meetings", "Change-Besprechungen"),
                    new Seeded("Finalizing service level agreements", "Abschluss der Service-Level-Vereinbarungen"),
                    new Seeded("Testing", "Tests"),
                    new Seeded("Pilots", "Pilotbetrieb"),
                    new Seeded("Scheduling", "Terminplanung"),
                    new Seeded("Communicating rollout schedule", "Kommunikation des Rollout-Zeitplans")),
            LifecyclePhase.OPERATION,
            List.of(
                    new Seeded("Command centers", "Leitstände"),
                    new Seeded("Support contacts", "Support-Kontakte"),
                    new Seeded("Complaints and escalations", "Beschwerden und Eskalationen"),
                    new Seeded("Self-help", "Selbsthilfe"),
                    new Seeded("Follow-up calls", "Nachfassanrufe"),
                    new Seeded("Email", "E-Mail"),
                    new Seeded("Enhancement committees", "Gremien für Erweiterungswünsche"),
                    new Seeded("Status updates", "Statusmeldungen"),
                    new Seeded("Broadcast messages", "Rundmitteilungen"),
                    new Seeded("Service catalog", "Servicekatalog"),
                    new Seeded("Collaboration and communication", "Zusammenarbeit und Kommunikation")),
            LifecyclePhase.CSI,
            List.of(
                    new Seeded("Postmortems (lessons learned)", "Nachbetrachtungen (Lessons Learned)"),
                    new Seeded("Service review meetings", "Service-Review-Besprechungen"),
                    new Seeded("Major-problem reviews", "Reviews schwerwiegender Probleme"),
                    new Seeded("Post-implementation reviews", "Reviews nach der Einführung"),
                    new Seeded("Customer satisfaction feedback", "Rückmeldungen zur Kundenzufriedenheit"),
                    new Seeded("Trends", "Trends"),
                    new Seeded("Reports, metrics and measures", "Berichte, Kennzahlen und Messgrößen"),
                    new Seeded("Quality, efficiency and value reviews", "Reviews zu Qualität, Effizienz und Nutzen")));

    static final Map<LifecyclePhase, List<Seeded>> INFORMATION = Map.of(
            LifecyclePhase.STRATEGY,
            List.of(
                    new Seeded("Business vision", "Geschäftsvision"),
                    new Seeded("Business goals", "Geschäftsziele"),
                    new Seeded("Business initiatives", "Geschäftsinitiativen"),
                    new Seeded("Customer needs and budget", "Kundenbedarf und Budget"),
                    new Seeded("Customer input", "Anregungen des Kunden"),
                    new Seeded("Partnership", "Partnerschaft")),
            LifecyclePhase.DESIGN,
            List.of(
                    new Seeded("Functional requirements", "Funktionale Anforderungen"),
                    new Seeded("Business requirements", "Geschäftsanforderungen"),
                    new Seeded("Project budget", "Projektbudget"),
                    new Seeded("Resources", "Ressourcen"),
                    new Seeded("Timelines", "Zeitpläne"),
                    new Seeded("Success factors", "Erfolgsfaktoren"),
                    new Seeded("Milestones", "Meilensteine"),
                    new Seeded("Planning", "Planung")),
            LifecyclePhase.TRANSITION,
            List.of(
                    new Seeded("Design document", "Designdokument"),
                    new Seeded("Release criteria", "Freigabekriterien"),
                    new Seeded("Testing requirements", "Testanforderungen"),
                    new Seeded("User acceptance", "Abnahme durch die Anwender"),
                    new Seeded("Sign-offs", "Freigaben"),
                    new Seeded("Training", "Schulung"),
                    new Seeded("Communication", "Kommunikation")),
            LifecyclePhase.OPERATION,
            List.of(
                    new Seeded("Mechanism for tracking issues", "Verfahren zur Verfolgung von Problemen"),
                    new Seeded("Feedback", "Feedback"),
                    new Seeded("Measures and metrics", "Messgrößen und Kennzahlen"),
                    new Seeded("Communication", "Kommunikation"),
                    new Seeded("Resources", "Ressourcen"),
                    new Seeded("Service level performance", "Erreichung der Service Levels"),
                    new Seeded("Business impact", "Geschäftliche Auswirkungen")),
            LifecyclePhase.CSI,
            List.of(
                    new Seeded("Measures against goals", "Messgrößen gegenüber den Zielen"),
                    new Seeded("Success of execution", "Erfolg der Umsetzung"),
                    new Seeded("Trending", "Trendentwicklung"),
                    new Seeded("Reporting", "Berichtswesen"),
                    new Seeded("Feedback", "Feedback"),
                    new Seeded("Value", "Nutzen"),
                    new Seeded("Quality", "Qualität"),
                    new Seeded("Satisfaction", "Zufriedenheit"),
                    new Seeded("Future plans", "Zukunftspläne"),
                    new Seeded("Improvement needs", "Verbesserungsbedarf")));

    @Inject
    VocabularyRepository vocabulary;

    /** Seeds an empty vocabulary and gives seeded entries their German name where they have none yet. */
    public void seed() {
        seed(TouchpointType.class, TYPES, TouchpointType::new);
        seed(InformationItem.class, INFORMATION, InformationItem::new);
        translate(TouchpointType.class, TYPES);
        translate(InformationItem.class, INFORMATION);
    }

    private <V extends PhaseVocabulary> void seed(
            Class<V> kind, Map<LifecyclePhase, List<Seeded>> names, Seeder<V> create) {
        if (vocabulary.count(kind) > 0) {
            return;
        }
        for (LifecyclePhase phase : LifecyclePhase.values()) {
            List<Seeded> entries = names.get(phase);
            for (int i = 0; i < entries.size(); i++) {
                V entry = create.apply(phase, entries.get(i).name(), i);
                entry.translate(entries.get(i).nameDe());
                vocabulary.store(entry);
            }
        }
        LOG.info(() -> "Seeded the default " + kind.getSimpleName() + " entries per lifecycle phase");
    }

    /**
     * Databases seeded before entries had German names: an entry that still has its seeded English
     * name and no German one gets the seeded German name. Idempotent, so every node may run it.
     */
    private void translate(Class<? extends PhaseVocabulary> kind, Map<LifecyclePhase, List<Seeded>> names) {
        int translated = 0;
        for (var phase : names.entrySet()) {
            for (Seeded seeded : phase.getValue()) {
                translated += vocabulary.translateSeeded(kind, phase.getKey(), seeded.name(), seeded.nameDe());
            }
        }
        if (translated > 0) {
            int count = translated;
            LOG.info(() -> "Gave " + count + " seeded " + kind.getSimpleName() + " entries their German name");
        }
    }

    @FunctionalInterface
    interface Seeder<V> {
        V apply(LifecyclePhase phase, String name, int position);
    }
}
