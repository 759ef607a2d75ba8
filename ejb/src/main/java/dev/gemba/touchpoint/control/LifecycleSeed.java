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
 * The default touchpoint types and information checklist per lifecycle phase. Seeded once into an
 * empty table in every mode (not only demo): a touchpoint cannot be logged without types. Admins
 * change them afterwards; the seed never overwrites their edits.
 */
@Stateless
public class LifecycleSeed {

    private static final Logger LOG = Logger.getLogger(LifecycleSeed.class.getName());

    static final Map<LifecyclePhase, List<String>> TYPES = Map.of(
            LifecyclePhase.STRATEGY,
            List.of(
                    "Business case development and approval",
                    "Business strategy and initiatives",
                    "High-level planning",
                    "Financials",
                    "Forecasting",
                    "Planning meetings",
                    "Marketing assessment"),
            LifecyclePhase.DESIGN,
            List.of(
                    "Project teams",
                    "Steering committees",
                    "Business requirements",
                    "Functional requirements",
                    "Gemba walk",
                    "Kaizen",
                    "Gathering service level requirements"),
            LifecyclePhase.TRANSITION,
            List.of(
                    "Rollout planning",
                    "Training",
                    "User acceptance testing",
                    "Change meetings",
                    "Finalizing service level agreements",
                    "Testing",
                    "Pilots",
                    "Scheduling",
                    "Communicating rollout schedule"),
            LifecyclePhase.OPERATION,
            List.of(
                    "Command centers",
                    "Support contacts",
                    "Complaints and escalations",
                    "Self-help",
                    "Follow-up calls",
                    "Email",
                    "Enhancement committees",
                    "Status updates",
                    "Broadcast messages",
                    "Service catalog",
                    "Collaboration and communication"),
            LifecyclePhase.CSI,
            List.of(
                    "Postmortems (lessons learned)",
                    "Service review meetings",
                    "Major-problem reviews",
                    "Post-implementation reviews",
                    "Customer satisfaction feedback",
                    "Trends",
                    "Reports, metrics and measures",
                    "Quality, efficiency and value reviews"));

    static final Map<LifecyclePhase, List<String>> INFORMATION = Map.of(
            LifecyclePhase.STRATEGY,
            List.of(
                    "Business vision",
                    "Business goals",
                    "Business initiatives",
                    "Customer needs and budget",
                    "Customer input",
                    "Partnership"),
            LifecyclePhase.DESIGN,
            List.of(
                    "Functional requirements",
                    "Business requirements",
                    "Project budget",
                    "Resources",
                    "Timelines",
                    "Success factors",
                    "Milestones",
                    "Planning"),
            LifecyclePhase.TRANSITION,
            List.of(
                    "Design document",
                    "Release criteria",
                    "Testing requirements",
                    "User acceptance",
                    "Sign-offs",
                    "Training",
                    "Communication"),
            LifecyclePhase.OPERATION,
            List.of(
                    "Mechanism for tracking issues",
                    "Feedback",
                    "Measures and metrics",
                    "Communication",
                    "Resources",
                    "Service level performance",
                    "Business impact"),
            LifecyclePhase.CSI,
            List.of(
                    "Measures against goals",
                    "Success of execution",
                    "Trending",
                    "Reporting",
                    "Feedback",
                    "Value",
                    "Quality",
                    "Satisfaction",
                    "Future plans",
                    "Improvement needs"));

    @Inject
    VocabularyRepository vocabulary;

    public void seedIfEmpty() {
        seed(TouchpointType.class, TYPES, TouchpointType::new);
        seed(InformationItem.class, INFORMATION, InformationItem::new);
    }

    private <V extends PhaseVocabulary> void seed(
            Class<V> kind, Map<LifecyclePhase, List<String>> names, Seeder<V> create) {
        if (vocabulary.count(kind) > 0) {
            return;
        }
        for (LifecyclePhase phase : LifecyclePhase.values()) {
            List<String> entries = names.get(phase);
            for (int i = 0; i < entries.size(); i++) {
                vocabulary.store(create.apply(phase, entries.get(i), i));
            }
        }
        LOG.info(() -> "Seeded the default " + kind.getSimpleName() + " entries per lifecycle phase");
    }

    @FunctionalInterface
    interface Seeder<V> {
        V apply(LifecyclePhase phase, String name, int position);
    }
}
