package care.backcare.tracker.api.config;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Lets a database created by the first build (Axon on JPA) start with this one. The first build had two copies
 * of migration V1, one per database, identical but for the payload type; this build has one, with a placeholder
 * for that type (see {@link FlywayConfig}). The tables are the same, so nothing needs migrating, but Flyway would
 * refuse to start because the recorded checksum of V1 is that of an old copy. Before Flyway validates, a V1
 * recorded with the checksum of either old copy is recorded with the new file's checksum instead. Any other
 * checksum is left alone, so an edited V1 is still reported (docs/adr/0001-jdbc-event-store.md).
 */
final class FirstBuildSchemaHistory implements Callback {

    /** Flyway's checksums of the first build's {@code h2/} and {@code postgresql/} copies of V1. */
    static final int FIRST_BUILD_H2_V1 = 1037152326;
    static final int FIRST_BUILD_POSTGRESQL_V1 = 826185578;
    /** Flyway's checksum of {@code common/V1__axon_event_store.sql} (FirstBuildSchemaHistoryTest keeps it true). */
    static final int CURRENT_V1 = 1952122421;

    private static final Logger log = LoggerFactory.getLogger(FirstBuildSchemaHistory.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE || event == Event.BEFORE_INFO;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Connection connection = context.getConnection();
        String table = context.getConfiguration().getTable();
        try {
            String schema = context.getConfiguration().getDefaultSchema() != null
                    ? context.getConfiguration().getDefaultSchema() : connection.getSchema();
            if (!exists(connection, schema, table)) {
                return;
            }
            String qualified = schema == null ? quote(table) : quote(schema) + "." + quote(table);
            try (PreparedStatement update = connection.prepareStatement("update " + qualified
                    + " set \"checksum\" = ? where \"version\" = '1' and \"checksum\" in (?, ?)")) {
                update.setInt(1, CURRENT_V1);
                update.setInt(2, FIRST_BUILD_H2_V1);
                update.setInt(3, FIRST_BUILD_POSTGRESQL_V1);
                if (update.executeUpdate() > 0) {
                    log.info("Schema history: V1 of the first build recorded with the checksum of the unified V1");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the schema history for the first build's V1", e);
        }
    }

    private static boolean exists(Connection connection, String schema, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, null)) {
            return tables.next();
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String getCallbackName() {
        return "first-build-schema-history";
    }
}
