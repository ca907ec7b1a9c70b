package care.backcare.tracker.api.config;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One set of migrations for both databases. Where they differ, in the type of Axon's serialized payloads, the
 * migrations say {@code ${binary_type}}: {@code bytea} on PostgreSQL, {@code varbinary} elsewhere (H2). The type
 * follows the database actually connected to, so no profile or setting can get it wrong.
 */
@Configuration(proxyBeanMethods = false)
class FlywayConfig {

    @Bean
    FlywayConfigurationCustomizer binaryTypePlaceholder() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.putIfAbsent("binary_type", isPostgreSql(configuration.getDataSource()) ? "bytea" : "varbinary");
            configuration.placeholders(placeholders);
        };
    }

    @Bean
    FirstBuildSchemaHistory firstBuildSchemaHistory() {
        return new FirstBuildSchemaHistory();
    }

    private static boolean isPostgreSql(javax.sql.DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the migrations are for", e);
        }
    }
}
