package care.backcare.tracker.api.packaged;

import care.backcare.tracker.api.support.PostgresDatabase;
import care.backcare.tracker.api.support.ReadModelTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server processes on one PostgreSQL, the load spread over both (the same patients on both, so
 * their caches go stale and conflicting writes are retried). Both nodes process events: the first to start
 * claims every segment and hands the second its share within the stated time. Then the node holding (most
 * of) the segments is killed: the survivor takes them all over within the stated time, nothing
 * acknowledged is lost or doubled, and the read models again equal a full replay.
 */
class TwoNodesIT {

    /** Claim timeout (6 s) plus the survivor's claim interval (1 s) plus margin. */
    static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(12);
    /** Heartbeat (1 s) + rebalance delay (4 s) on the first node + claim interval (1 s) on the second, plus margin. */
    static final Duration SHARING_LIMIT = Duration.ofSeconds(15);
    /** How long both nodes take writes (and, once shared, process events) before one is killed. */
    static final Duration BEFORE_KILL = Duration.ofSeconds(Long.getLong("twonodes.before-kill-seconds", 12));
    /** How long the survivor keeps taking writes alone after the takeover. */
    static final Duration AFTER_TAKEOVER = Duration.ofSeconds(Long.getLong("twonodes.after-takeover-seconds", 3));
    static final int WRITERS = Integer.getInteger("twonodes.writers", 8);
    static final int PATIENTS = Integer.getInteger("twonodes.patients", 20);

    @TempDir
    Path workDir;

    @Test
    void both_nodes_share_the_segments_and_the_survivor_takes_them_all_over_losing_nothing() throws Exception {
        PostgresDatabase.Connection database = PostgresDatabase.fresh();
        Map<String, String> environment = Map.of(
                "SPRING_DATASOURCE_URL", database.url(),
                "SPRING_DATASOURCE_USERNAME", database.username(),
                "SPRING_DATASOURCE_PASSWORD", database.password(),
                "TRACKER_OPERATOR_TOKEN", Operator.TOKEN);
        PackagedServer first = PackagedServer.start(workDir, environment, List.of(), "--spring.profiles.active=postgres");
        AtomicReference<PackagedServer> secondNode = new AtomicReference<>();
        try {
            // the patients register on the first node (bcrypt: slow) before the second starts
            AtomicLong turn = new AtomicLong();
            WriteLoad load = WriteLoad.forPatients(PATIENTS, first.baseUrl(), () -> {
                PackagedServer node = turn.incrementAndGet() % 2 == 0 ? first : secondNode.get();
                PackagedServer other = node == first ? secondNode.get() : first;
                return (node.isAlive() ? node : other).baseUrl(); // a client fails over to the node that answers
            });
            PackagedServer second = PackagedServer.start(workDir, environment, List.of(), "--spring.profiles.active=postgres");
            secondNode.set(second);
            Instant secondUp = Instant.now();
            load.start(WRITERS);

            // the first node started alone and claimed every segment; the second must get its share
            Operator watcher = new Operator(first.baseUrl());
            Duration shared = null;
            while (Duration.between(secondUp, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
                JsonNode readModels = watcher.readModels();
                if (!held(readModels, first).isEmpty() && !held(readModels, second).isEmpty()) {
                    shared = Duration.between(secondUp, Instant.now());
                    break;
                }
                Thread.sleep(100);
            }
            Duration writing = Duration.between(secondUp, Instant.now());
            if (writing.compareTo(BEFORE_KILL) < 0) {
                Thread.sleep(BEFORE_KILL.minus(writing).toMillis()); // both nodes at work for a while
            }

            // the node holding (most of) the processor's segments is the one to lose
            JsonNode before = watcher.readModels();
            List<Integer> firstHeld = held(before, first);
            List<Integer> secondHeld = held(before, second);
            PackagedServer victim = firstHeld.size() >= secondHeld.size() ? first : second;
            PackagedServer survivor = victim == first ? second : first;
            long acknowledgedAtKill = load.acknowledgedCount();
            Instant killed = Instant.now();
            victim.kill();

            Operator operator = new Operator(survivor.baseUrl());
            String survivorOwner = null;
            Duration takeover = null;
            while (Duration.between(killed, Instant.now()).compareTo(Duration.ofSeconds(60)) < 0) {
                JsonNode readModels = operator.readModels();
                Set<String> owners = owners(readModels);
                if (owners.size() == 1 && survivor.owns(owners.iterator().next())) {
                    survivorOwner = owners.iterator().next();
                    takeover = Duration.between(killed, Instant.now());
                    break;
                }
                Thread.sleep(100);
            }
            Thread.sleep(AFTER_TAKEOVER.toMillis()); // keep writing to the survivor alone for a moment
            load.finish(Duration.ofSeconds(60));

            JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(database.url(), database.username(),
                    database.password()));
            WriteLoad.Verification verification = load.verify(jdbc, workDir.resolve("data"));
            operator.awaitCaughtUp(Duration.ofSeconds(60));
            Map<String, List<Map<String, Object>>> readModels = ReadModelTables.dump(jdbc);
            Duration replay = operator.rebuildAndCompare(jdbc, readModels, Duration.ofSeconds(120));

            String figures = """
                    Two nodes on one PostgreSQL, %d writers over %d patients spread over both, one killed with SIGKILL
                      both nodes held segments %s after the second was up (limit %d s: heartbeat 1 s + rebalance delay 4 s + claim interval 1 s)
                      segments before the kill (%.1f s after the second was up): first node %s, second node %s; killed the %s
                      survivor owned every segment %s after the kill (limit %d s: claim timeout 6 s + claim interval 1 s), owner %s
                      writes attempted %d, acknowledged %d (%d before the kill), requests %d (unanswered and retried %d)
                      event store: lost %d, duplicated %d, unexpected %d, wrong content %d
                      read models: %d rows, equal to a full replay (rebuilt in %.1f s)
                    """.formatted(WRITERS, PATIENTS,
                    shared == null ? "never" : String.format("%.1f s", shared.toMillis() / 1000.0), SHARING_LIMIT.toSeconds(),
                    Duration.between(secondUp, killed).toMillis() / 1000.0, firstHeld, secondHeld,
                    victim == first ? "first" : "second",
                    takeover == null ? "never" : String.format("%.1f s", takeover.toMillis() / 1000.0),
                    TAKEOVER_LIMIT.toSeconds(), survivorOwner, verification.attempted(), verification.acknowledged(),
                    acknowledgedAtKill, load.requests(), load.unansweredRequests(), verification.lost(),
                    verification.duplicated(), verification.unexpected(), verification.wrongContent(),
                    ReadModelTables.rows(readModels), replay.toMillis() / 1000.0);
            System.out.print(figures);
            Files.createDirectories(Path.of("target", "resilience"));
            Files.writeString(Path.of("target", "resilience", "two-nodes.txt"), figures);

            assertThat(shared).as("both nodes holding segments").isNotNull().isLessThanOrEqualTo(SHARING_LIMIT);
            assertThat(firstHeld).as("segments of the first node before the kill").isNotEmpty();
            assertThat(secondHeld).as("segments of the second node before the kill").isNotEmpty();
            assertThat(takeover).as("takeover").isNotNull().isLessThanOrEqualTo(TAKEOVER_LIMIT);
            assertThat(load.refusals()).isEmpty();
            assertThat(verification.acknowledged()).isEqualTo(verification.attempted());
            assertThat(verification.lost()).isZero();
            assertThat(verification.duplicated()).isZero();
            assertThat(verification.unexpected()).isZero();
            assertThat(verification.wrongContent()).isZero();
        } finally {
            first.close();
            if (secondNode.get() != null) {
                secondNode.get().close();
            }
            keepLog(first, "two-nodes-first.log");
            keepLog(secondNode.get(), "two-nodes-second.log");
        }
    }

    /** The servers' logs outlive the test's temporary directory: what the balancer and the coordinators did. */
    private static void keepLog(PackagedServer server, String name) throws java.io.IOException {
        if (server != null) {
            Files.createDirectories(Path.of("target", "resilience"));
            Files.writeString(Path.of("target", "resilience", name), server.log());
        }
    }

    /** The segments a node holds, as every node sees them in {@code token_entry}. */
    private static List<Integer> held(JsonNode processor, PackagedServer node) {
        return processor.get("segments").valueStream()
                .filter(segment -> !segment.get("owner").isNull() && node.owns(segment.get("owner").asString()))
                .map(segment -> segment.get("segment").asInt())
                .toList();
    }

    private static Set<String> owners(JsonNode processor) {
        return processor.get("segments").valueStream()
                .map(segment -> segment.get("owner").isNull() ? null : segment.get("owner").asString())
                .collect(Collectors.toSet());
    }
}
