package dev.gemba.platform.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Brings the database to the newest schema with Flyway, then has Hibernate validate its mapping
 * against it. Hibernate never creates or alters tables.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits on its own connections
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = GembaDataSource.JNDI_NAME)
    DataSource dataSource;

    @PersistenceUnit(unitName = "gemba")
    EntityManagerFactory entityManagerFactory;

    public void migrate(boolean resetFirst) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .cleanDisabled(!resetFirst)
                .load();
        if (resetFirst) {
            LOG.warning("GEMBA_DB_RESET_ON_START is set: wiping the database (test servers only)");
            flyway.clean();
        }
        var result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + result.migrationsExecuted
                + " migrations applied now)");
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    /** postgresql or h2: the folder of migrations that only that database understands (indexes). */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return BulkInsert.isPostgres(connection) ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }
}
