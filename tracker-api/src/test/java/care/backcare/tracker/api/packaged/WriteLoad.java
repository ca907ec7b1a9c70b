package care.backcare.tracker.api.packaged;

import care.backcare.tracker.api.data.protection.StoredPayloads;
import java.nio.file.Path;

import care.backcare.tracker.api.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Many patients writing sessions and pain with client-chosen ids, the way an offline phone does: a
 * write that got no answer (connection refused or reset, timeout, 5xx) is sent again, same id, same
 * content, until it is acknowledged (201, or 200 for "already recorded"). Then {@link #verify} checks
 * the event store: every acknowledged write exactly once, and nothing that was never sent.
 */
final class WriteLoad {

    record Patient(UUID id, String bearer) {
    }

    record Write(Patient patient, String kind, UUID id, String body, int value) {
        String path() {
            return "/api/me/" + kind + "/" + id;
        }
    }

    record Verification(long attempted, long acknowledged, long lost, long duplicated, long unexpected,
                        long wrongContent, long events) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Patient> patients;
    private final Supplier<String> node;
    private final Map<UUID, Write> attempted = new ConcurrentHashMap<>();
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final Queue<Write> unanswered = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong unansweredRequests = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final List<String> refusals = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> writers = new ArrayList<>();

    private WriteLoad(List<Patient> patients, Supplier<String> node) {
        this.patients = patients;
        this.node = node;
    }

    /** Registers {@code count} patients through {@code baseUrl}, each with a personal token. */
    static WriteLoad forPatients(int count, String baseUrl, Supplier<String> node) {
        Api api = new Api(baseUrl);
        List<Patient> patients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Patient registered = api.register("Europe/Lisbon");
            String token = api.post("/api/me/tokens", registered.auth(), "{\"name\":\"load\"}").json().get("token").asString();
            patients.add(new Patient(registered.id(), "Bearer " + token));
        }
        return new WriteLoad(patients, node);
    }

    List<UUID> patientIds() {
        return patients.stream().map(Patient::id).toList();
    }

    void start(int threads) {
        running.set(true);
        for (int i = 0; i < threads; i++) {
            writers.add(Thread.ofPlatform().name("writer-" + i).start(() -> {
                while (running.get()) {
                    Write retry = unanswered.poll();
                    send(retry != null ? retry : newWrite());
                }
            }));
        }
    }

    /** Stops writing new entries and keeps retrying the unanswered ones until all are acknowledged. */
    void finish(Duration deadline) throws InterruptedException {
        running.set(false);
        for (Thread writer : writers) {
            writer.join();
        }
        Instant giveUp = Instant.now().plus(deadline);
        Write retry;
        while ((retry = unanswered.poll()) != null) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(unanswered.size() + 1 + " writes still unanswered after " + deadline);
            }
            send(retry);
        }
    }

    private Write newWrite() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Patient patient = patients.get(random.nextInt(patients.size()));
        Instant at = Instant.now().minus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
        if (random.nextBoolean()) {
            int minutes = 1 + random.nextInt(60);
            return new Write(patient, "sessions", UUID.randomUUID(), Api.session(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    .toString(), minutes, "NONE", "load " + minutes), minutes);
        }
        int score = random.nextInt(11);
        return new Write(patient, "pain", UUID.randomUUID(), Api.pain(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString(), score, ""), score);
    }

    private void send(Write write) {
        attempted.putIfAbsent(write.id(), write);
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(node.get() + write.path()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", write.patient().bearer())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(write.body()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 201 || status == 200) {
                acknowledged.add(write.id());
                return;
            }
            if (status >= 500 || status == 429) {
                unanswered(write);
                return;
            }
            refused.incrementAndGet();
            synchronized (refusals) {
                refusals.add(status + " " + write.path() + " " + response.body());
            }
        } catch (IOException noAnswer) {
            unanswered(write);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unanswered(write);
        }
    }

    private void unanswered(Write write) {
        unansweredRequests.incrementAndGet();
        unanswered.add(write);
        try {
            Thread.sleep(50); // the server is down or restarting: back off a little before the next request
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long requests() {
        return requests.get();
    }

    long unansweredRequests() {
        return unansweredRequests.get();
    }

    List<String> refusals() {
        synchronized (refusals) {
            return List.copyOf(refusals);
        }
    }

    long acknowledgedCount() {
        return acknowledged.size();
    }

    /**
     * Reads every session and pain event of the load's patients back from the event store, opening each payload
     * with the patient's key (the servers' master key is in {@code dataDirectory}).
     */
    Verification verify(JdbcClient jdbc, Path dataDirectory) {
        StoredPayloads payloads = StoredPayloads.opener(jdbc, dataDirectory);
        Map<UUID, Integer> counts = new HashMap<>();
        Map<UUID, Integer> values = new HashMap<>();
        for (Patient patient : patients) {
            jdbc.sql("""
                            select payload_type, payload from domain_event_entry
                            where aggregate_identifier = ?
                              and (payload_type like '%SessionCompletedEvent' or payload_type like '%PainLoggedEvent')""")
                    .param(patient.id().toString())
                    .query(rs -> {
                        JsonNode event = JSON.readTree(payloads.json(rs.getBytes("payload")));
                        boolean session = rs.getString("payload_type").endsWith("SessionCompletedEvent");
                        UUID id = UUID.fromString(event.get(session ? "sessionId" : "entryId").asString());
                        counts.merge(id, 1, Integer::sum);
                        values.put(id, event.get(session ? "durationMinutes" : "score").asInt());
                    });
        }
        long lost = acknowledged.stream().filter(id -> !counts.containsKey(id)).count();
        long duplicated = counts.values().stream().filter(count -> count > 1).count();
        long unexpected = counts.keySet().stream().filter(id -> !attempted.containsKey(id)).count();
        long wrongContent = counts.keySet().stream().filter(attempted::containsKey)
                .filter(id -> attempted.get(id).value() != values.get(id)).count();
        long events = counts.values().stream().mapToLong(Integer::longValue).sum();
        return new Verification(attempted.size(), acknowledged.size(), lost, duplicated, unexpected, wrongContent, events);
    }
}
