package care.backcare.tracker.api.packaged;

import care.backcare.tracker.api.support.PostgresDatabase;
import care.backcare.tracker.api.support.ReadModelTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged server on PostgreSQL under concurrent writers, killed with SIGKILL at random moments
 * and restarted. At the end every acknowledged write is in the event store exactly once and the read
 * models equal a full replay. CI runs the short form; more with
 * {@code ./backcare test -pl tracker-api -Dit.test=CrashRecoveryIT -Dcrash.kills=10 -Dcrash.writers=16}.
 */
class CrashRecoveryIT {

    private static final int KILLS = Integer.getInteger("crash.kills", 3);
    private static final int WRITERS = Integer.getInteger("crash.writers", 8);
    private static final int PATIENTS = Integer.getInteger("crash.patients", 25);

    @TempDir
    Path workDir;

    @Test
    void every_acknowledged_write_survives_sigkill_exactly_once_and_read_models_equal_a_replay() throws Exception {
        PostgresDatabase.Connection database = PostgresDatabase.fresh();
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "TRACKER_OPERATOR_TOKEN", Operator.TOKEN);
        int port = PackagedServer.freePort();
        String base = "http://localhost:" + port;
        PackagedServer server = PackagedServer.start(port, workDir, environment, List.of(), "--spring.profiles.active=postgres");
        List<Duration> recoveries = new ArrayList<>();
        List<Long> acknowledgedAtKill = new ArrayList<>();
        WriteLoad load = WriteLoad.forPatients(PATIENTS, base, () -> base);
        Instant started = Instant.now();
        try {
            load.start(WRITERS);
            for (int kill = 0; kill < KILLS; kill++) {
                Thread.sleep(ThreadLocalRandom.current().nextLong(2_000, 5_000)); // a random moment under load
                acknowledgedAtKill.add(load.acknowledgedCount());
                Instant killed = Instant.now();
                server.kill();
                server = PackagedServer.start(port, workDir, environment, List.of(), "--spring.profiles.active=postgres");
                recoveries.add(Duration.between(killed, Instant.now()));
            }
            Thread.sleep(2_000);
            load.finish(Duration.ofSeconds(90));
            Duration loadTime = Duration.between(started, Instant.now());

            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database.url(), database.username(),
                    database.password()));
            WriteLoad.Verification verification = load.verify(jdbc, workDir.resolve("data"));
            Operator operator = new Operator(base);
            operator.awaitCaughtUp(Duration.ofSeconds(60));
            Map<String, List<Map<String, Object>>> readModels = ReadModelTables.dump(jdbc);
            Duration replay = operator.rebuildAndCompare(jdbc, readModels, Duration.ofSeconds(120));

            String figures = """
                    Crash recovery on PostgreSQL: %d SIGKILLs under %d writers, %d patients, %d s of load
                      writes attempted %d, acknowledged %d, requests %d (of which unanswered and retried %d)
                      acknowledged before each kill: %s
                      restart after each kill (until healthy): %s
                      event store: %d events for these writes; lost %d, duplicated %d, unexpected %d, wrong content %d
                      read models: %d rows, equal to a full replay (rebuilt in %.1f s)
                    """.formatted(KILLS, WRITERS, PATIENTS, loadTime.toSeconds(),
                    verification.attempted(), verification.acknowledged(), load.requests(), load.unansweredRequests(),
                    acknowledgedAtKill, recoveries.stream().map(d -> String.format("%.1f s", d.toMillis() / 1000.0)).toList(),
                    verification.events(), verification.lost(), verification.duplicated(), verification.unexpected(),
                    verification.wrongContent(), ReadModelTables.rows(readModels), replay.toMillis() / 1000.0);
            System.out.print(figures);
            Files.createDirectories(Path.of("target", "resilience"));
            Files.writeString(Path.of("target", "resilience", "crash-recovery.txt"), figures);

            assertThat(load.refusals()).isEmpty();
            assertThat(verification.acknowledged()).isEqualTo(verification.attempted());
            assertThat(verification.lost()).isZero();
            assertThat(verification.duplicated()).isZero();
            assertThat(verification.unexpected()).isZero();
            assertThat(verification.wrongContent()).isZero();
            assertThat(verification.events()).isEqualTo(verification.acknowledged());
            assertThat(load.unansweredRequests()).as("the kills must have interrupted some writes").isPositive();
        } finally {
            server.close();
        }
    }
}
