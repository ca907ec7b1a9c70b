package care.backcare.tracker.api.support;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * The PostgreSQL server the end-to-end tests run against, found in this order:
 * <ol>
 *   <li>{@code TRACKER_TEST_POSTGRES_URL} (with {@code _USER}, {@code _PASSWORD}): used as it is;</li>
 *   <li>a server on {@code 127.0.0.1:5432} (or {@code PGHOST}/{@code PGPORT}/{@code PGUSER}): a fresh database
 *       is created for this test run and dropped at the end;</li>
 *   <li>Testcontainers, where a Docker engine answers.</li>
 * </ol>
 * With none of them the tests are skipped on a developer's machine, and fail under {@code CI=true}:
 * CI must never pass by silently not testing.
 */
public final class PostgresDatabase {

    public record Connection(String url, String username, String password) {

        /**
         * The same database, with {@code schema} as the connection's current schema (Flyway creates it): for an
         * application context of its own, which must not share tables with the end-to-end tests' context.
         */
        public Connection inSchema(String schema) {
            return new Connection(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, username, password);
        }
    }

    private static Connection connection;
    private static String failure;

    private PostgresDatabase() {
    }

    /**
     * A database of its own, beside the shared one, for tests whose servers must not see another test's state
     * (the packaged crash, two-node and walkthrough tests); dropped when the JVM exits. Where no database can be
     * created (a given URL), the shared one.
     */
    public static synchronized Connection fresh() {
        Connection shared = get();
        int slash = shared.url().lastIndexOf('/');
        String server = shared.url().substring(0, slash);
        String name = "backcare_test_" + ProcessHandle.current().pid() + "_" + Long.toString(System.nanoTime(), 36);
        try {
            execute(server + "/postgres", shared.username(), shared.password(), "create database " + name);
        } catch (RuntimeException cannotCreate) {
            return shared;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(server + "/postgres", shared.username(),
                shared.password(), "drop database if exists " + name + " with (force)")));
        return new Connection(server + "/" + name, shared.username(), shared.password());
    }

    public static synchronized Connection get() {
        if (connection == null && failure == null) {
            try {
                connection = locate(System.getenv());
            } catch (RuntimeException e) {
                failure = e.getMessage();
            }
        }
        if (connection == null) {
            String reason = "No PostgreSQL for the end-to-end tests: " + failure;
            if (isCi()) {
                throw new IllegalStateException(reason + " (CI=true: a missing database is a failure, not a skip)");
            }
            Assumptions.abort(reason);
        }
        return connection;
    }

    static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static Connection locate(Map<String, String> env) {
        String configured = env.get("TRACKER_TEST_POSTGRES_URL");
        if (configured != null && !configured.isBlank()) {
            return new Connection(configured, env.getOrDefault("TRACKER_TEST_POSTGRES_USER", "postgres"),
                    env.getOrDefault("TRACKER_TEST_POSTGRES_PASSWORD", ""));
        }
        String host = env.getOrDefault("PGHOST", "127.0.0.1");
        String port = env.getOrDefault("PGPORT", "5432");
        String user = env.getOrDefault("PGUSER", "postgres");
        String password = env.getOrDefault("PGPASSWORD", "");
        String admin = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (java.sql.Connection ignored = DriverManager.getConnection(admin + "?connectTimeout=3", user, password)) {
            return freshDatabase(admin, host, port, user, password);
        } catch (SQLException noLocalServer) {
            return container(noLocalServer);
        }
    }

    private static Connection freshDatabase(String admin, String host, String port, String user, String password) {
        String name = "backcare_test_" + ProcessHandle.current().pid() + "_" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
        execute(admin, user, password, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                execute(admin, user, password, "drop database if exists " + name + " with (force)")));
        return new Connection("jdbc:postgresql://" + host + ":" + port + "/" + name, user, password);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (java.sql.Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static Connection container(SQLException noLocalServer) {
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        if (!docker) {
            throw new IllegalStateException("no server on the configured or local address (" + noLocalServer.getMessage()
                    + ") and no Docker engine for Testcontainers");
        }
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16.4-alpine");
        container.start();
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
