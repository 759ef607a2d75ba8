package dev.gemba.platform.health;

import java.sql.Connection;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import dev.gemba.platform.control.GembaDataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Gemba is ready only while its database answers (/health/ready on the management port).
 * WildFly collects health checks from the EAR's top level only, so this package is packaged as
 * a library jar of the EAR rather than inside the EJB module.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = GembaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(2))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (Exception e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
                    .build();
        }
    }
}
