package dev.gemba.servicelevel.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.servicelevel.entity.Agreement;
import dev.gemba.servicelevel.entity.AgreementKind;
import dev.gemba.servicelevel.entity.AgreementTarget;
import dev.gemba.servicelevel.entity.IncidentPriority;
import dev.gemba.servicelevel.entity.MeasurementSource;
import dev.gemba.servicelevel.entity.TargetKind;

/**
 * The demo's service levels: an ERP SLA with Finance, an e-mail SLA with all units, a VPN SLA with
 * Sales (breached during the VPN complaints spike, recovered since) and the service desk's OLA with
 * level 2 application support (work moving left month by month), each with twelve months of
 * figures up to last month. One ERP availability figure was corrected after the fact, so its month
 * shows a replaced figure in the history.
 */
@Dependent
public class DemoServiceLevels {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    MeasurementRecorder recorder;

    public void store(Instant now) {
        YearMonth first = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(12);
        var erp = agreement("SLA-ERP-FIN", "ERP for Finance", AgreementKind.SLA, "ERP", "Finance", null);
        measure(
                erp,
                target(erp, TargetKind.AVAILABILITY, null, null, "99.5", "0.2"),
                first,
                now,
                99.9,
                99.8,
                99.95,
                99.6,
                99.9,
                99.4,
                99.85,
                99.9,
                99.65,
                99.9,
                99.95,
                99.9);
        measure(
                erp,
                target(erp, TargetKind.RESOLVED_WITHIN, IncidentPriority.P1, 240, "95", "2"),
                first,
                now,
                97.5,
                98,
                96,
                97.8,
                98.2,
                93,
                97.6,
                98,
                97.9,
                96.5,
                98,
                98.4);
        measure(
                erp,
                target(erp, TargetKind.RESPONSE_TIME, IncidentPriority.P1, null, "15", "3"),
                first,
                now,
                10,
                9,
                11,
                12.5,
                10,
                18,
                11,
                9,
                10,
                10,
                8,
                9);
        measure(
                erp,
                target(erp, TargetKind.CUSTOMER_SATISFACTION, null, null, "85", "3"),
                first,
                now,
                88.5,
                89,
                87,
                90,
                89.5,
                82,
                86.5,
                88.6,
                89,
                90,
                91,
                90.5);
        // the ITSM first reported 99.3 for this month and corrected it a week later
        AgreementTarget erpAvailability = erp.getTargets().get(0);
        recorder.record(
                erpAvailability,
                first.plusMonths(8),
                new BigDecimal("99.65"),
                MeasurementSource.DEMO,
                "integration",
                now,
                null);

        var mail = agreement(
                "SLA-MAIL", "Email and Calendar for all units", AgreementKind.SLA, "Email and Calendar", null, null);
        measure(
                mail,
                target(mail, TargetKind.AVAILABILITY, null, null, "99.9", "0.05"),
                first,
                now,
                99.98,
                99.99,
                99.97,
                99.92,
                99.99,
                99.98,
                99.99,
                99.97,
                99.85,
                99.99,
                99.98,
                99.99);
        measure(
                mail,
                target(mail, TargetKind.RESOLVED_WITHIN, IncidentPriority.P2, 480, "90", "2"),
                first,
                now,
                93,
                94,
                92.5,
                91,
                93.5,
                94,
                95,
                93,
                88,
                93.2,
                94,
                95);

        var vpn = agreement(
                "SLA-VPN-SALES",
                "VPN and Remote Access for Sales",
                AgreementKind.SLA,
                "VPN and Remote Access",
                "Sales",
                null);
        measure(
                vpn,
                target(vpn, TargetKind.AVAILABILITY, null, null, "99.0", "0.3"),
                first,
                now,
                99.6,
                99.7,
                99.5,
                99.6,
                99.4,
                99.5,
                99.2,
                98.1,
                98.6,
                99.4,
                99.6,
                99.7);
        measure(
                vpn,
                target(vpn, TargetKind.RESOLVED_WITHIN, IncidentPriority.P2, 480, "90", "2"),
                first,
                now,
                92.5,
                93,
                92.8,
                93,
                92.6,
                92.2,
                91,
                84,
                86,
                92.5,
                93.5,
                94);

        var desk = agreement(
                "OLA-DESK-L2",
                "Service Desk with Level 2 Application Support",
                AgreementKind.OLA,
                "Service Desk",
                null,
                "Level 2 Application Support");
        measure(
                desk,
                target(desk, TargetKind.LEVEL_1_RESOLUTION, null, null, "80", "3"),
                first,
                now,
                78,
                79,
                81,
                82,
                82.5,
                83.5,
                84,
                83,
                84.5,
                85,
                85.5,
                86);
        measure(
                desk,
                target(desk, TargetKind.LEVEL_2_RESOLUTION, null, null, "75", "3"),
                first,
                now,
                76,
                77,
                74,
                78.5,
                79,
                78,
                77.5,
                79,
                80,
                78.6,
                79,
                80);
        measure(
                desk,
                target(desk, TargetKind.LEVEL_3_SHARE, null, null, "5", "1"),
                first,
                now,
                5.3,
                4.8,
                5.2,
                4.2,
                3.6,
                3.5,
                3.4,
                3.5,
                3.1,
                3.2,
                3.0,
                2.8);
        measure(
                desk,
                target(desk, TargetKind.RESPONSE_TIME, IncidentPriority.P2, null, "60", "10"),
                first,
                now,
                45,
                50,
                52,
                48,
                55,
                47,
                44,
                40,
                42,
                39,
                41,
                38);
    }

    private Agreement agreement(
            String code, String name, AgreementKind kind, String service, String unit, String supportGroup) {
        Agreement a = new Agreement("admin");
        a.describe(
                code,
                name,
                kind,
                named(ItService.class, service),
                unit == null ? null : named(BusinessUnit.class, unit),
                supportGroup,
                null);
        em.persist(a);
        return a;
    }

    private <T> T named(Class<T> type, String name) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.name = :n", type)
                .setParameter("n", name)
                .getSingleResult();
    }

    private AgreementTarget target(
            Agreement a, TargetKind kind, IncidentPriority priority, Integer within, String value, String margin) {
        String code = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (priority == null ? "" : "-" + priority.name().toLowerCase(java.util.Locale.ROOT));
        AgreementTarget t = a.addTarget(new AgreementTarget(code, kind));
        t.define(code, kind, priority, within, new BigDecimal(value), kind.higherIsBetter(), new BigDecimal(margin));
        em.flush();
        return t;
    }

    private void measure(Agreement a, AgreementTarget t, YearMonth first, Instant now, double... values) {
        for (int i = 0; i < values.length; i++) {
            BigDecimal value = BigDecimal.valueOf(values[i]);
            if (a.getCode().equals("SLA-ERP-FIN") && t.getKind() == TargetKind.AVAILABILITY && i == 8) {
                value = new BigDecimal("99.3");
            }
            recorder.record(t, first.plusMonths(i), value, MeasurementSource.DEMO, "integration", now, null);
        }
    }
}
