package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.TrackerApplication;
import care.backcare.tracker.api.config.TransactionTooLongException;
import care.backcare.tracker.api.support.PostgresDatabase;
import care.backcare.tracker.account.RegisterPatientCommand;
import care.backcare.tracker.session.CompleteSessionCommand;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.SessionContent;
import care.backcare.tracker.session.Side;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A transaction takes global indexes, then commits while later events keep being written and processed:
 * the tracking processor must come back for them. Axon forgets a gap once the events after it are older
 * than the gap timeout; with a timeout shorter than such a transaction the events are lost for good (the
 * negative control shows the hazard is real), with our settings they are not. Nor can a transaction that
 * appended events commit once it is older than {@code tracker.event-store.max-transaction-duration}, however
 * it spent its time, on H2 (which has no server-side timeouts) as on PostgreSQL (whose timeouts bound single
 * statements and idle waits, not a transaction of many short statements).
 */
class GapSafetyTest {

    private static final Duration HELD = Duration.ofSeconds(3);

    private static ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:gap-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(TrackerApplication.class).run(args.toArray(String[]::new));
    }

    private static CompleteSessionCommand session(UUID patient) {
        return new CompleteSessionCommand(patient, UUID.randomUUID(), new SessionContent(Instant.now().minusSeconds(60), 10,
                List.of(new ExerciseEntry("cat-cow", 60, 1, Side.BOTH)), null, null));
    }

    /** Runs the scenario and says whether the slow transaction's session reached the read model. */
    private static boolean slowEventReachesTheProjection(ConfigurableApplicationContext app) throws Exception {
        CommandGateway commands = app.getBean(CommandGateway.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        UUID slow = UUID.randomUUID();
        UUID fast = UUID.randomUUID();
        commands.sendAndWait(new RegisterPatientCommand(slow, "slow", "Slow", ZoneId.of("UTC")));
        commands.sendAndWait(new RegisterPatientCommand(fast, "fast", "Fast", ZoneId.of("UTC")));

        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slowTransaction = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            // two events: their global indexes are taken now, and commit with the outer transaction
            commands.sendAndWait(session(slow));
            commands.sendAndWait(session(slow));
            appended.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
        // the scenario itself: steady traffic committing behind the slow transaction while it is held
        int fastSessions = 0;
        Instant releaseAt = Instant.now().plus(HELD);
        while (Instant.now().isBefore(releaseAt)) {
            commands.sendAndWait(session(fast));
            fastSessions++;
            Thread.sleep(100);
        }
        release.countDown();
        slowTransaction.get(30, TimeUnit.SECONDS);
        commands.sendAndWait(session(fast));
        int expectedFast = fastSessions + 1;
        await().atMost(Duration.ofSeconds(10)).until(() -> count(jdbc, fast) == expectedFast);

        try {
            await().atMost(Duration.ofSeconds(8)).until(() -> count(jdbc, slow) == 2);
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException missed) {
            return false; // the processor moved on without them
        }
    }

    private static long count(JdbcClient jdbc, UUID patient) {
        return jdbc.sql("select count(*) from session_log where patient_id = ?").param(patient).query(Long.class).single();
    }

    @Test
    void with_a_gap_timeout_shorter_than_a_slow_transaction_the_event_is_lost() throws Exception {
        try (ConfigurableApplicationContext app = start("--tracker.event-store.gap-timeout=PT0.5S",
                "--tracker.event-store.gap-cleaning-threshold=1")) {
            assertThat(slowEventReachesTheProjection(app)).isFalse();
        }
    }

    @Test
    void with_our_settings_a_slow_transaction_is_still_projected() throws Exception {
        try (ConfigurableApplicationContext app = start("--tracker.event-store.gap-cleaning-threshold=1")) {
            assertThat(slowEventReachesTheProjection(app)).isTrue();
        }
    }

    private static ConfigurableApplicationContext startOnPostgres(String... extra) {
        // a schema of its own: the end-to-end tests' context runs its read-model processor on the default one
        String schema = "gap_safety_" + Long.toString(System.nanoTime(), 36);
        PostgresDatabase.Connection database = PostgresDatabase.get().inSchema(schema);
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(TrackerApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void on_h2_a_transaction_that_appended_cannot_commit_once_older_than_the_limit() {
        try (ConfigurableApplicationContext app = start("--tracker.event-store.max-transaction-duration=PT1S")) {
            aTransactionThatAppendedCannotCommitOnceOlderThanTheLimit(app);
        }
    }

    @Test
    void on_postgresql_a_transaction_that_appended_cannot_commit_once_older_than_the_limit() {
        try (ConfigurableApplicationContext app = startOnPostgres("--tracker.event-store.max-transaction-duration=PT1S")) {
            aTransactionThatAppendedCannotCommitOnceOlderThanTheLimit(app);
        }
    }

    /**
     * With a limit of 1 s: an event appended, then eight short statements 200 ms apart (never idle long enough
     * for PostgreSQL's idle-in-transaction timeout, no statement near its statement timeout), is rolled back at
     * commit, whether the transaction is Axon's own or a Spring one around the command (as registration's is).
     * The controls: the same transaction within the limit commits, and so does one past the limit that appended
     * no events (as an event processor's batch during a replay may be).
     */
    private static void aTransactionThatAppendedCannotCommitOnceOlderThanTheLimit(ConfigurableApplicationContext app) {
        CommandGateway commands = app.getBean(CommandGateway.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        TransactionTemplate springTransaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        TransactionManager axonTransaction = app.getBean(TransactionManager.class);
        UUID aroundTheCommand = register(commands);
        UUID axonOwn = register(commands);
        UUID quick = register(commands);

        long started = System.nanoTime();
        assertThatThrownBy(() -> springTransaction.executeWithoutResult(status -> {
            commands.sendAndWait(session(aroundTheCommand));
            shortStatements(jdbc, 8);
        })).isInstanceOf(TransactionTooLongException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(1));
        assertThatThrownBy(() -> axonTransaction.executeInTransaction(() -> {
            commands.sendAndWait(session(axonOwn));
            shortStatements(jdbc, 8);
        })).isInstanceOf(TransactionTooLongException.class);
        assertThat(events(jdbc, aroundTheCommand)).as("the registration only").isEqualTo(1);
        assertThat(events(jdbc, axonOwn)).as("the registration only").isEqualTo(1);

        springTransaction.executeWithoutResult(status -> {
            commands.sendAndWait(session(quick));
            shortStatements(jdbc, 1);
        });
        assertThat(events(jdbc, quick)).isEqualTo(2);
        String username = "long" + UUID.randomUUID().toString().substring(0, 8);
        axonTransaction.executeInTransaction(() -> {
            jdbc.sql("insert into credential (username, patient_id, password_hash, created_at) values (?, ?, ?, ?)")
                    .params(username, UUID.randomUUID(), "x", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)).update();
            shortStatements(jdbc, 8);
        });
        assertThat(jdbc.sql("select count(*) from credential where username = ?").param(username)
                .query(Long.class).single()).as("a transaction that appended nothing is not limited").isEqualTo(1);
    }

    private static UUID register(CommandGateway commands) {
        UUID patient = UUID.randomUUID();
        commands.sendAndWait(new RegisterPatientCommand(patient, "lim" + patient.toString().substring(0, 8), "L",
                ZoneId.of("UTC")));
        return patient;
    }

    private static void shortStatements(JdbcClient jdbc, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("select count(*) from credential").query(Long.class).single();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long events(JdbcClient jdbc, UUID patient) {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(patient.toString()).query(Long.class).single();
    }

    @Test
    void on_postgresql_a_transaction_that_stalls_after_appending_is_aborted_and_cannot_commit_late() throws Exception {
        try (ConfigurableApplicationContext app = startOnPostgres("--tracker.postgres.idle-in-transaction-timeout=1s")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            UUID patient = UUID.randomUUID();
            commands.sendAndWait(new RegisterPatientCommand(patient, "stall" + patient.toString().substring(0, 8), "S",
                    ZoneId.of("UTC")));
            TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                commands.sendAndWait(session(patient));
                try {
                    Thread.sleep(2_000); // stalls, idle in its transaction, longer than the server allows
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            })).isInstanceOf(RuntimeException.class);
            assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                    .param(patient.toString()).query(Long.class).single()).isEqualTo(1); // the registration only
        }
    }
}
