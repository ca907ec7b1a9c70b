package care.backcare.tracker.api.packaged;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.ReadModelTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What an operator does with a running node: watch the processors, rebuild the read models, compare. */
final class Operator {

    static final String TOKEN = "operator-token-for-resilience-tests-0123456789";

    private final Api api;

    Operator(String baseUrl) {
        this.api = new Api(baseUrl);
    }

    JsonNode status() {
        return api.get("/actuator/readmodels", Api.Auth.bearer(TOKEN)).json();
    }

    JsonNode readModels() {
        return status().get("processors").valueStream()
                .filter(processor -> processor.get("name").asString().equals("read-models")).findFirst().orElseThrow();
    }

    /** Waits until every segment is claimed and at the head of the event store. */
    void awaitCaughtUp(Duration deadline) throws InterruptedException {
        Instant giveUp = Instant.now().plus(deadline);
        while (Instant.now().isBefore(giveUp)) {
            JsonNode processor = readModels();
            boolean claimed = processor.get("segments").valueStream().allMatch(s -> !s.get("owner").isNull());
            if (claimed && !processor.get("maxLag").isNull() && processor.get("maxLag").asLong() == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("read models not caught up after " + deadline + ": " + readModels());
    }

    /** Rebuilds from the event store and waits until the tables equal {@code expected} again. */
    Duration rebuildAndCompare(JdbcClient jdbc, Map<String, List<Map<String, Object>>> expected, Duration deadline)
            throws InterruptedException {
        Instant started = Instant.now();
        JsonNode answer = api.post("/actuator/readmodels/rebuild", Api.Auth.bearer(TOKEN), "{}").json();
        if (!answer.get("done").asBoolean()) {
            throw new IllegalStateException("rebuild refused: " + answer);
        }
        Instant giveUp = started.plus(deadline);
        while (Instant.now().isBefore(giveUp)) {
            if (ReadModelTables.dump(jdbc).equals(expected)) {
                return Duration.between(started, Instant.now());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("read models differ from a full replay after " + deadline);
    }
}
