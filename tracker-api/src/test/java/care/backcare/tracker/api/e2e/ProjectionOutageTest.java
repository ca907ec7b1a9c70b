package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection that cannot write (here: its table is gone for a while) stops and retries; it never
 * skips the event. Writes are still acknowledged meanwhile, and every one of them reaches the read
 * models once the cause is gone.
 */
class ProjectionOutageTest extends PostgresApiTest {

    @Autowired
    JdbcClient jdbc;

    private long painEntries(UUID patient) {
        return jdbc.sql("select count(*) from pain_log where patient_id = ?").param(patient).query(Long.class).single();
    }

    @Test
    void events_that_fail_to_project_are_retried_until_they_succeed_and_none_is_skipped() {
        Api.Patient patient = api.register("Europe/Lisbon");
        assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), Api.pain("2026-11-18T07:00:00Z", 5, ""))
                .status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> painEntries(patient.id()) == 1);

        jdbc.sql("alter table pain_log rename to pain_log_away").update();
        try {
            for (int i = 1; i <= 3; i++) {
                assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(),
                        Api.pain("2026-11-18T08:0" + i + ":00Z", 5 + i, "")).status()).isEqualTo(201);
            }
            // the failing batch is rolled back and retried: the trend tallies, written by another projection
            // in the same batch, wait too. Had the failure been skipped, they would count 4 entries.
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() ->
                    jdbc.sql("select count(*) from trend_entry where patient_id = ? and kind = 'P'")
                            .param(patient.id()).query(Long.class).single() == 1);
        } finally {
            jdbc.sql("alter table pain_log_away rename to pain_log").update();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> painEntries(patient.id()) == 4);
        assertThat(jdbc.sql("select count(*) from trend_entry where patient_id = ? and kind = 'P'")
                .param(patient.id()).query(Long.class).single()).isEqualTo(4);
        assertThat(api.get("/api/me/trends?weeks=1", patient.auth()).json().get("weeks").get(0).get("painMax").asInt())
                .isEqualTo(8);
    }
}
