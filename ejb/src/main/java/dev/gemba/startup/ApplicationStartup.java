package dev.gemba.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import dev.gemba.demo.DemoData;
import dev.gemba.platform.control.GembaSettings;
import dev.gemba.platform.control.SchemaMigration;
import dev.gemba.security.control.AdminBootstrap;
import dev.gemba.touchpoint.control.LifecycleSeed;

/**
 * Start-up order: migrate and validate the schema, seed the lifecycle vocabularies, make sure an
 * administrator exists (refusing to
 * start without one outside demo mode), then load the demo data when demo mode is on.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationStartup {

    @EJB
    SchemaMigration schemaMigration;

    @EJB
    AdminBootstrap adminBootstrap;

    @EJB
    DemoData demoData;

    @EJB
    LifecycleSeed lifecycleSeed;

    @Inject
    GembaSettings settings;

    @PostConstruct
    void start() {
        schemaMigration.migrate(settings.resetDatabaseOnStart());
        lifecycleSeed.seed();
        if (settings.demo()) {
            if (demoData.load()) {
                demoData.loadReviews(); // a transaction of its own: see DemoData.load
            }
        } else {
            demoData.disablePublishedLogins();
            adminBootstrap.ensureAdministrator();
        }
    }
}
