package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.operations.ReadModelRebuild;
import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.api.support.ReadModelTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Read models are disposable: replaying the event store rebuilds them row for row. */
class ReplayTest extends PostgresApiTest {

    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    JdbcClient jdbc;

    private Map<String, List<Map<String, Object>>> dump() {
        return ReadModelTables.dump(jdbc);
    }

    @Test
    void replaying_the_event_store_rebuilds_identical_read_models() {
        Patient lea = api.register("Europe/Lisbon");
        Patient max = api.register("Asia/Tokyo");
        api.put("/api/me/routine", lea.auth(), """
                {"stretches":["pigeon-pose","lizard-pose"],"minutesPerDay":15,"daysPerWeek":4}""");
        for (int day = 1; day <= 12; day++) {
            String date = "2026-11-%02dT%02d:30:00Z".formatted(day + 5, 6 + day % 12);
            api.put("/api/me/sessions/" + UUID.randomUUID(), lea.auth(), Api.session(date, 5 + day, day % 5 == 0 ? "SHARP" : "MILD", "day " + day));
            api.put("/api/me/pain/" + UUID.randomUUID(), max.auth(), Api.pain(date, day % 11, day % 4 == 0 ? "\"WORSE_AT_NIGHT\"" : ""));
        }
        String revoked = api.post("/api/me/tokens", max.auth(), "{\"name\":\"old phone\"}").json().get("id").asString();
        api.post("/api/me/tokens", max.auth(), "{\"name\":\"new phone\"}");
        api.delete("/api/me/tokens/" + revoked, max.auth());
        String share = api.post("/api/me/shares", lea.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":30}")
                .json().get("token").asString();
        api.get("/api/shared/" + share, Api.Auth.NONE);
        api.get("/api/shared/" + share + "/trends", Api.Auth.NONE);

        await().atMost(Duration.ofSeconds(20)).until(() -> rebuild.isCaughtUp()
                && jdbc.sql("select count(*) from pain_log where patient_id = ?").param(max.id()).query(Long.class).single() == 12
                && jdbc.sql("select count(*) from session_log where patient_id = ?").param(lea.id()).query(Long.class).single() == 12);
        Map<String, List<Map<String, Object>>> before = dump();
        assertThat(before.get("session_log")).isNotEmpty();
        assertThat(before.get("personal_token")).anySatisfy(row -> assertThat(row.get("revoked_at")).isNotNull());

        long replayed = rebuild.rebuildAccess();
        rebuild.rebuildTracked();

        // registrations, tokens issued and revoked, the share (its uses are in the access log, not the history);
        // never the sessions and pain entries
        long events = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
        assertThat(replayed).isGreaterThanOrEqualTo(6).isLessThanOrEqualTo(events - 24);
        assertThat(before.get("share_access")).hasSizeGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(rebuild.isCaughtUp()).describedAs("status %s", rebuild.trackedStatus()).isTrue();
            assertThat(dump()).isEqualTo(before);
        });
    }
}
