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
            // a session after the failing pain entries waits too: events are projected in order, and the
            // failing batch is rolled back and retried. Had the failure been skipped, the session would be there.
            assertThat(api.put("/api/me/sessions/" + UUID.randomUUID(), patient.auth(),
                    Api.session("2026-11-18T09:00:00Z", 10, "NONE", null)).status()).isEqualTo(201);
            await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() ->
                    jdbc.sql("select count(*) from session_log where patient_id = ?")
                            .param(patient.id()).query(Long.class).single() == 0);
        } finally {
            jdbc.sql("alter table pain_log_away rename to pain_log").update();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> painEntries(patient.id()) == 4);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from session_log where patient_id = ?")
                .param(patient.id()).query(Long.class).single() == 1);
        assertThat(api.get("/api/me/trends?weeks=1", patient.auth()).json().get("weeks").get(0).get("painMax").asInt())
                .isEqualTo(8);
    }
}
