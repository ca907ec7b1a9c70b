package care.backcare.tracker.api.config;

import care.backcare.tracker.api.support.PostgresDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchException;

/**
 * Two writers appending the same sequence number to one aggregate must be told apart from other failures on both
 * databases: the duplicate becomes a concurrency conflict that is retried, never a 500. PostgreSQL's driver throws a
 * plain PSQLException (SQL state 23505), which Axon's own resolver did not recognise.
 */
class DuplicateKeyResolutionTest {

    @Test
    void a_duplicate_key_is_recognised_on_postgresql_and_other_failures_are_not() throws SQLException {
        PostgresDatabase.Connection database = PostgresDatabase.get();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password())) {
            assertResolution(connection);
        }
    }

    @Test
    void a_duplicate_key_is_recognised_on_h2_and_other_failures_are_not() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:duplicates;MODE=PostgreSQL")) {
            assertResolution(connection);
        }
    }

    private static void assertResolution(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table appended (aggregate_identifier varchar(36), sequence_number bigint, "
                    + "primary key (aggregate_identifier, sequence_number))");
            statement.execute("insert into appended values ('p', 1)");
            Exception duplicate = catchException(() -> statement.execute("insert into appended values ('p', 1)"));
            Exception other = catchException(() -> statement.execute("insert into no_such_table values (1)"));
            assertThat(duplicate).isInstanceOf(SQLException.class);
            assertThat(EventStoreConfig.isDuplicateKey(new RuntimeException("append failed", duplicate))).isTrue();
            assertThat(EventStoreConfig.isDuplicateKey(other)).isFalse();
            assertThat(EventStoreConfig.isDuplicateKey(new IllegalStateException("no SQL at all"))).isFalse();
        }
    }
}
