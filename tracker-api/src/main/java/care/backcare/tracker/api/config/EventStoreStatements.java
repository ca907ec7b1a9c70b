package care.backcare.tracker.api.config;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Statement hooks for Axon's JDBC event storage, where its default SQL is slow on our databases.
 *
 * <p><b>Reading the stream with gaps.</b> Axon asks for {@code (global_index > :token AND global_index <= :token
 * + batch) OR global_index IN (:gaps)}. H2 cannot use the primary key for such an OR and scans the whole table,
 * on every poll of the tracking processor whenever a gap is open (a write still committing, or a rolled-back one
 * for up to the gap timeout). Two indexed lookups, appended one to the other, return the same rows at a cost
 * that does not grow with history. Gaps always lie below the token's index, so no row comes twice.
 */
final class EventStoreStatements {

    private EventStoreStatements() {
    }

    static PreparedStatement readEventDataWithGaps(Connection connection, EventSchema schema, long globalIndex,
                                                   int batchSize, List<Long> gaps) throws SQLException {
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
        String index = schema.globalIndexColumn();
        String sql = select + index + " IN (" + String.join(",", gaps.stream().map(gap -> "?").toList()) + ")"
                + " UNION ALL " + select + index + " > ? AND " + index + " <= ?"
                + " ORDER BY " + index + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        int parameter = 1;
        for (Long gap : gaps) {
            statement.setLong(parameter++, gap);
        }
        statement.setLong(parameter++, globalIndex);
        statement.setLong(parameter, globalIndex + batchSize);
        return statement;
    }
}
