package dev.gemba.touchpoint.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.analysis.boundary.TextAnalysisService;
import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.touchpoint.entity.FollowUp;
import dev.gemba.touchpoint.entity.InformationItem;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.Touchpoint;
import dev.gemba.touchpoint.entity.TouchpointChannel;
import dev.gemba.touchpoint.entity.TouchpointType;

/**
 * Demo touchpoints over the last months, relative to the day the demo is loaded: most services
 * are heard in Operation, few in Strategy and Design, so the coverage heatmap shows real gaps.
 */
@Dependent
public class DemoTouchpoints {

    /** days ago, phase, type, business unit, services (|-separated), summary, information items (|-separated). */
    private static final List<String[]> TOUCHPOINTS = List.of(
            new String[] {
                "3",
                "OPERATION",
                "Complaints and escalations",
                "Finance",
                "ERP",
                "Month-end close slowed by ERP batch delays",
                "Business impact|Feedback"
            },
            new String[] {
                "9",
                "CSI",
                "Service review meetings",
                "Finance",
                "ERP|Data Warehouse and Reporting",
                "Monthly service review with Finance",
                "Measures against goals|Satisfaction|Improvement needs"
            },
            new String[] {
                "15",
                "OPERATION",
                "Follow-up calls",
                "Sales",
                "CRM",
                "Follow-up on CRM sync incident with sales ops",
                "Feedback"
            },
            new String[] {
                "21",
                "TRANSITION",
                "User acceptance testing",
                "Human Resources",
                "HR and Payroll",
                "Payroll upgrade UAT sign-off session",
                "User acceptance|Sign-offs|Testing requirements"
            },
            new String[] {
                "28",
                "DESIGN",
                "Gemba walk",
                "Manufacturing",
                "Network and Wi-Fi|Printing",
                "Gemba walk on the plant floor: Wi-Fi dead spots at packing",
                "Business requirements"
            },
            new String[] {
                "34",
                "OPERATION",
                "Status updates",
                "Sales",
                "VPN and Remote Access",
                "VPN capacity status update for the sales kick-off",
                "Communication"
            },
            new String[] {
                "40",
                "STRATEGY",
                "Business strategy and initiatives",
                "Sales",
                "CRM",
                "Sales strategy 2027: CRM mobile first",
                "Business goals|Business initiatives"
            },
            new String[] {
                "47",
                "OPERATION",
                "Support contacts",
                "Human Resources",
                "Identity and Access",
                "MFA re-enrolment problems raised by HR",
                "Mechanism for tracking issues|Feedback"
            },
            new String[] {
                "55",
                "CSI",
                "Postmortems (lessons learned)",
                "Manufacturing",
                "ERP",
                "Postmortem of the ERP outage during shift change",
                "Improvement needs|Quality"
            },
            new String[] {
                "63",
                "TRANSITION",
                "Change meetings",
                "Finance",
                "ERP",
                "CAB pre-brief on ERP patch weekend",
                "Release criteria|Communication"
            },
            new String[] {
                "70",
                "OPERATION",
                "Complaints and escalations",
                "Manufacturing",
                "Service Desk",
                "Escalation: night shift cannot reach the service desk",
                "Business impact"
            },
            new String[] {
                "82",
                "DESIGN",
                "Business requirements",
                "Human Resources",
                "Self-Service Portal",
                "Requirements workshop for the new self-service portal",
                "Business requirements|Timelines"
            },
            new String[] {
                "95",
                "OPERATION",
                "Email",
                "Marketing",
                "Collaboration",
                "Marketing asks for guest access to team sites",
                "Feedback"
            },
            new String[] {
                "110",
                "CSI",
                "Customer satisfaction feedback",
                "Sales",
                "Laptops and Workplace",
                "Laptop refresh satisfaction results reviewed",
                "Satisfaction|Feedback"
            },
            new String[] {
                "125",
                "OPERATION",
                "Support contacts",
                "Logistics",
                "Network and Wi-Fi",
                "Warehouse scanners dropping off Wi-Fi",
                "Business impact"
            },
            new String[] {
                "150",
                "STRATEGY",
                "Financials",
                "Finance",
                "Email and Calendar|ERP",
                "IT cost allocation review with the CFO",
                "Customer needs and budget"
            },
            new String[] {
                "170",
                "OPERATION",
                "Status updates",
                "Finance",
                "Email and Calendar",
                "Mail migration status update",
                "Communication"
            });

    @Inject
    VocabularyRepository vocabulary;

    @Inject
    ItServiceRepository services;

    @Inject
    BusinessUnitRepository units;

    @Inject
    TouchpointRepository touchpoints;

    @jakarta.ejb.EJB
    TextAnalysisService analysis;

    public void store(Instant now) {
        for (String[] row : TOUCHPOINTS) {
            LifecyclePhase phase = LifecyclePhase.valueOf(row[1]);
            Instant at = now.minus(Long.parseLong(row[0]), ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            var touchpoint = new Touchpoint("rm", at);
            touchpoint.classify(
                    phase,
                    vocabulary.findByName(TouchpointType.class, phase, row[2]).orElseThrow());
            touchpoint.setOccurredAt(at);
            touchpoint.setBusinessUnit(units.findByName(row[3]).orElseThrow());
            touchpoint.replaceServices(Set.copyOf(List.of(row[4].split("\\|")).stream()
                    .map(name -> services.findByName(name).orElseThrow())
                    .toList()));
            touchpoint.setChannel(TouchpointChannel.MEETING);
            touchpoint.setSummary(row[5]);
            touchpoint.replaceItParticipants(List.of("Rita Relationship"));
            touchpoint.replaceInformationCaptured(Set.copyOf(List.of(row[6].split("\\|")).stream()
                    .map(name -> vocabulary
                            .findByName(InformationItem.class, phase, name)
                            .orElseThrow())
                    .toList()));
            if (touchpoint.getSummary().startsWith("Escalation")
                    || touchpoint.getSummary().startsWith("Postmortem")) {
                var action = new FollowUp(touchpoint);
                action.setText("Report back to " + row[3] + " on the agreed fix");
                action.setOwner("rm");
                action.raisedAt(at); // agreed at the meeting: open since then, not since the demo was loaded
                action.setDueDate(LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(14));
                touchpoint.followUps().add(action);
            }
            touchpoints.store(touchpoint);
            touchpoints.flush();
            touchpoint.notesAnalysis().requested();
            analysis.request(TouchpointNotesTexts.KIND, touchpoint.getId());
        }
    }
}
