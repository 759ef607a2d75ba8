package dev.gemba.demo;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.Criticality;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.catalog.entity.KeyContact;
import dev.gemba.catalog.entity.ServiceStatus;
import dev.gemba.finding.control.DemoFindings;
import dev.gemba.security.control.PasswordHasher;
import dev.gemba.security.control.PasswordPolicy;
import dev.gemba.security.control.UserAccountRepository;
import dev.gemba.security.entity.Role;
import dev.gemba.security.entity.UserAccount;
import dev.gemba.survey.control.DemoSurveys;
import dev.gemba.touchpoint.control.DemoTouchpoints;

/**
 * The demo data set: one user per role (password {@value #PASSWORD}), a service catalog and the
 * business units that consume it, touchpoints with them over the last months, surveys with answers,
 * and the VPN story (complaints spike, accepted suggested finding, improvement item delivered, the people whose feedback was its evidence told of it). Loaded once, into an empty database, in demo mode only.
 */
@Stateless
public class DemoData {

    public static final String PASSWORD = PasswordPolicy.DEMO_PASSWORD;
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** username, display name, role. */
    static final List<String[]> USERS = List.of(
            new String[] {"admin", "Ada Admin", "ADMIN"},
            new String[] {"rm", "Rita Relationship", "RELATIONSHIP_MANAGER"},
            new String[] {"desk", "Dev Desk", "SERVICE_DESK"},
            new String[] {"steering", "Sam Steering", "STEERING_COMMITTEE"},
            new String[] {"viewer", "Vic Viewer", "VIEWER"},
            new String[] {"integration", "ITSM Integration", "INTEGRATION"});

    @Inject
    UserAccountRepository users;

    @Inject
    ItServiceRepository services;

    @Inject
    BusinessUnitRepository units;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoTouchpoints touchpoints;

    @Inject
    DemoSurveys surveys;

    @Inject
    DemoFindings findings;

    @Inject
    dev.gemba.improvement.control.DemoImprovements improvements;

    @Inject
    dev.gemba.servicelevel.control.DemoServiceLevels serviceLevels;

    @jakarta.ejb.EJB
    dev.gemba.review.control.DemoReviews reviews;

    @Inject
    dev.gemba.steering.control.DemoSteering steering;

    @Inject
    dev.gemba.notice.control.DemoNotices notices;

    /**
     * Loads everything but the service reviews into an empty database; true when it did. The reviews
     * come in a transaction of their own ({@link #loadReviews}) once this one has committed: a pack
     * reads its service-level figures in a separate transaction, which sees committed data only.
     */
    public boolean load() {
        boolean fresh = users.count() == 0;
        if (fresh) {
            storeUsers();
            storeCatalog();
            touchpoints.store(Instant.now());
            surveys.store(Instant.now());
            // the VPN story: complaints spike, the detector's suggestion accepted, CSI-0001 delivered
            Instant now = Instant.now();
            improvements.storeFeedback(now);
            Long finding = findings.store(now);
            Long delivered = improvements.store(now, finding);
            notices.store(delivered);
            serviceLevels.store(now);
            steering.store(now);
        }
        StringBuilder logins = new StringBuilder("Demo mode is on (GEMBA_DEMO=false switches it off). Logins:");
        USERS.forEach(u -> logins.append(String.format("%n  %-12s %-22s password %s", u[0], u[2], PASSWORD)));
        LOG.info(logins::toString);
        return fresh;
    }

    /** The demo's service reviews, after {@link #load} committed the agreements their packs report on. */
    public void loadReviews() {
        reviews.store(Instant.now());
        LOG.info("Demo data loaded");
    }

    /**
     * Outside demo mode, demo accounts that still have the published password are disabled, so
     * switching demo mode off never leaves a known login behind.
     */
    public void disablePublishedLogins() {
        for (String[] u : USERS) {
            users.findByUsername(u[0])
                    .filter(user -> user.isEnabled() && hasher.verify(PASSWORD.toCharArray(), user.getPasswordHash()))
                    .ifPresent(user -> {
                        user.setEnabled(false);
                        LOG.warning(() -> "Demo mode is off: disabled demo login '" + user.getUsername()
                                + "' that still had the published password");
                    });
        }
    }

    private void storeUsers() {
        String hash = hasher.hash(PASSWORD.toCharArray());
        for (String[] u : USERS) {
            var user = new UserAccount(u[0], u[1], hash);
            user.setEmail(u[0] + "@demo.gemba.dev");
            user.setRoles(EnumSet.of(Role.valueOf(u[2])));
            users.store(user);
        }
    }

    private void storeCatalog() {
        var email = service(
                "Email and Calendar",
                "Exchange Online mail, calendars and shared mailboxes",
                "Workplace Services",
                Criticality.HIGH);
        var desk =
                service("Service Desk", "Level 1 phone, chat and portal support", "Support Services", Criticality.HIGH);
        var vpn = service(
                "VPN and Remote Access",
                "Remote access for staff working from home or on the road",
                "Network Services",
                Criticality.HIGH);
        var erp = service(
                "ERP",
                "Finance, purchasing and inventory on the ERP platform",
                "Business Applications",
                Criticality.CRITICAL);
        var crm = service(
                "CRM",
                "Customer relationship management for sales and marketing",
                "Business Applications",
                Criticality.HIGH);
        var hr = service(
                "HR and Payroll", "Personnel records, absence and payroll", "Business Applications", Criticality.HIGH);
        var laptops = service(
                "Laptops and Workplace",
                "Laptops, docking stations, monitors and peripherals",
                "Workplace Services",
                Criticality.MEDIUM);
        var wifi = service("Network and Wi-Fi", "Office LAN and wireless", "Network Services", Criticality.HIGH);
        var teams = service(
                "Collaboration", "Chat, video meetings and team sites", "Workplace Services", Criticality.MEDIUM);
        var access = service(
                "Identity and Access",
                "Accounts, passwords, multi-factor authentication",
                "Security Services",
                Criticality.CRITICAL);
        var printing = service("Printing", "Office printers and scanning", "Workplace Services", Criticality.LOW);
        var reporting = service(
                "Data Warehouse and Reporting",
                "Management reporting and dashboards",
                "Business Applications",
                Criticality.MEDIUM);
        var portal = service(
                "Self-Service Portal",
                "Knowledge base, requests and password reset",
                "Support Services",
                Criticality.MEDIUM);
        portal.setStatus(ServiceStatus.IN_TRANSITION);

        UserAccount rm = users.findByUsername("rm").orElseThrow();
        unit(
                "Finance",
                "Accounting, controlling and treasury",
                rm,
                List.of(new KeyContact("Fiona Fernandes", "fiona.fernandes@example.com", "CFO", null)),
                Set.of(erp, email, reporting, access, laptops));
        unit(
                "Sales",
                "Field and inside sales",
                rm,
                List.of(new KeyContact("Sebastian Sato", "sebastian.sato@example.com", "Head of Sales", null)),
                Set.of(crm, email, vpn, laptops, teams));
        unit(
                "Manufacturing",
                "Plants and production planning",
                rm,
                List.of(new KeyContact("Maria Moreau", "maria.moreau@example.com", "Plant Manager", null)),
                Set.of(erp, wifi, printing, desk));
        unit(
                "Human Resources",
                "People, recruiting and payroll",
                rm,
                List.of(new KeyContact("Hanna Huber", "hanna.huber@example.com", "HR Director", null)),
                Set.of(hr, email, access, portal));
        unit("Logistics", "Warehouses and distribution", null, List.of(), Set.of(erp, wifi, desk, laptops));
        unit("Marketing", "Brand, campaigns and events", null, List.of(), Set.of(crm, teams, reporting, email));
    }

    private ItService service(String name, String description, String owner, Criticality criticality) {
        var service = new ItService(name);
        service.setDescription(description);
        service.setOwner(owner);
        service.setCriticality(criticality);
        return services.store(service);
    }

    private void unit(
            String name, String description, UserAccount rm, List<KeyContact> contacts, Set<ItService> consumed) {
        var unit = new BusinessUnit(name);
        unit.setDescription(description);
        unit.setRelationshipManager(rm);
        unit.replaceKeyContacts(contacts);
        unit.replaceServices(consumed);
        units.store(unit);
    }
}
