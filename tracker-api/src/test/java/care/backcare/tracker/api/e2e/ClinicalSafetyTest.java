package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.pain.RedFlagTriage;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** v1.1 clinical safety end to end on PostgreSQL: health profile, rest days, withdrawal, a stored v1 entry. */
class ClinicalSafetyTest extends PostgresApiTest {

    private static final Duration PROJECTION_DEADLINE = Duration.ofSeconds(10);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Cache patientCache;

    @Test
    void the_health_profile_is_recorded_read_back_and_escalates_triage() {
        Patient ana = api.register("Europe/Lisbon");
        JsonNode never = api.get("/api/me/health-profile", ana.auth()).json();
        assertThat(never.get("answered").asBoolean()).isFalse();
        assertThat(never.get("riskFactors")).isEmpty();

        Api.Response put = api.put("/api/me/health-profile", ana.auth(), "{\"riskFactors\":[\"IMMUNOSUPPRESSED\"]}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().get("riskFactors").get(0).asString()).isEqualTo("IMMUNOSUPPRESSED");
        await().atMost(PROJECTION_DEADLINE).until(() ->
                api.get("/api/me/health-profile", ana.auth()).json().get("answered").asBoolean());

        // fever is same-day, but an emergency for someone immunosuppressed
        Api.Response fever = api.put("/api/me/pain/" + UUID.randomUUID(), ana.auth(), Api.pain("2026-11-18T08:00:00Z", 5, "\"FEVER\""));
        assertThat(fever.json().get("advice").get("level").asString()).isEqualTo("EMERGENCY");
        assertThat(fever.json().get("advice").get("message").asString()).isEqualTo(RedFlagTriage.EMERGENCY_ADVICE);
        assertThat(fever.json().get("advice").has("safetyNet")).isFalse();

        Api.Response unknown = api.put("/api/me/health-profile", ana.auth(), "{\"riskFactors\":[\"SMOKER\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(api.get("/api/me/health-profile", ana.auth()).json().get("riskFactors").get(0).asString())
                .isEqualTo("IMMUNOSUPPRESSED");
    }

    @Test
    void a_rest_day_is_taken_repeated_refused_when_different_listed_and_cancelled() {
        Patient bo = api.register("Europe/Lisbon");
        String day = "/api/me/rest-days/2026-11-17";
        assertThat(api.put(day, bo.auth(), "{\"reason\":\"FLARE_UP\",\"notes\":\"sharp\"}").status()).isEqualTo(201);
        assertThat(api.put(day, bo.auth(), "{\"reason\":\"FLARE_UP\",\"notes\":\"sharp\"}").status()).isEqualTo(200);
        assertThat(api.put(day, bo.auth(), "{\"reason\":\"ILLNESS\"}").status()).isEqualTo(409);
        // the patient's zone: in Lisbon it is still the 18th
        assertThat(api.put("/api/me/rest-days/2026-11-19", bo.auth(), "{\"reason\":\"OTHER\"}").status()).isEqualTo(400);
        assertThat(api.put("/api/me/rest-days/2025-11-17", bo.auth(), "{\"reason\":\"OTHER\"}").status()).isEqualTo(400);
        assertThat(api.put("/api/me/rest-days/2025-11-18", bo.auth(), "{\"reason\":\"OTHER\"}").status()).isEqualTo(201);

        JsonNode days = await().atMost(PROJECTION_DEADLINE).until(() ->
                api.get("/api/me/rest-days?from=2025-11-18&to=2026-11-18", bo.auth()).json(), list -> list.size() == 2);
        assertThat(days.get(1).get("date").asString()).isEqualTo("2026-11-17");
        assertThat(days.get(1).get("reason").asString()).isEqualTo("FLARE_UP");
        assertThat(days.get(1).get("notes").asString()).isEqualTo("sharp");

        assertThat(api.delete(day, bo.auth()).status()).isEqualTo(204);
        assertThat(api.delete(day, bo.auth()).status()).isEqualTo(204);
        await().atMost(PROJECTION_DEADLINE).until(() ->
                api.get("/api/me/rest-days?from=2026-11-01&to=2026-11-18", bo.auth()).json().isEmpty());
        // the date is free again, for other content
        assertThat(api.put(day, bo.auth(), "{\"reason\":\"ILLNESS\"}").status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from rest_day_log where patient_id = ?").param(bo.id())
                .query(Long.class).single()).isBetween(1L, 2L);
    }

    @Test
    void a_withdrawn_entry_leaves_the_lists_and_the_figures_and_its_id_cannot_be_reused() {
        Patient cy = api.register("Europe/Lisbon");
        String session = "/api/me/sessions/" + UUID.randomUUID();
        String sessionBody = Api.session("2026-11-17T07:30:00Z", 12, "NONE", null);
        assertThat(api.put(session, cy.auth(), sessionBody).status()).isEqualTo(201);
        String pain = "/api/me/pain/" + UUID.randomUUID();
        String painBody = Api.pain("2026-11-17T08:00:00Z", 7, "\"SADDLE_NUMBNESS\"");
        assertThat(api.put(pain, cy.auth(), painBody).status()).isEqualTo(201);
        await().atMost(PROJECTION_DEADLINE).until(() ->
                api.get("/api/me/trends?weeks=1", cy.auth()).json().get("weeks").get(0).get("redFlags").asInt() == 1
                        && api.get("/api/me/trends?weeks=1", cy.auth()).json().get("weeks").get(0).get("sessions").asInt() == 1);

        assertThat(api.delete(session, cy.auth()).status()).isEqualTo(204);
        assertThat(api.delete(session, cy.auth()).status()).isEqualTo(204);
        assertThat(api.delete(pain, cy.auth()).status()).isEqualTo(204);
        assertThat(api.delete("/api/me/pain/" + UUID.randomUUID(), cy.auth()).status()).isEqualTo(404);
        assertThat(api.put(session, cy.auth(), sessionBody).status()).isEqualTo(409);
        assertThat(api.put(pain, cy.auth(), painBody).status()).isEqualTo(409);

        await().atMost(PROJECTION_DEADLINE).until(() -> api.get("/api/me/sessions", cy.auth()).json().isEmpty()
                && api.get("/api/me/pain", cy.auth()).json().isEmpty());
        assertThat(api.get(session, cy.auth()).status()).isEqualTo(404);
        JsonNode week = await().atMost(PROJECTION_DEADLINE).until(() ->
                api.get("/api/me/trends?weeks=1", cy.auth()).json().get("weeks").get(0), w -> w.get("sessions").asInt() == 0);
        assertThat(week.get("painEntries").asInt()).isZero();
        assertThat(week.get("redFlags").asInt()).isZero();
        // the red-flag history keeps it, marked, for clinicians and share links
        JsonNode flags = api.get("/api/me/overview?weeks=4", cy.auth()).json().get("report").get("redFlags");
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).get("withdrawnAt").asString()).isEqualTo("2026-11-18T12:00:00Z");
        assertThat(api.get("/api/me/overview?weeks=4", cy.auth()).json().get("report").get("redFlagSummary")).isEmpty();
    }

    @Test
    void a_pain_entry_stored_by_v1_still_loads_projects_and_is_triaged_at_its_current_level() throws Exception {
        Patient di = api.register("Europe/Lisbon");
        String json;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/events/v1-pain-logged-event.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String entryId = "c1a2b3d4-e5f6-4711-8899-aabbccddeeff";
        String payload = json.replace("7b0f3c2e-4a51-4d6e-9f0a-2c8e1d5b6a70", di.id().toString());
        long next = jdbc.sql("select max(sequence_number) + 1 from domain_event_entry where aggregate_identifier = ?")
                .param(di.id().toString()).query(Long.class).single();
        jdbc.sql("""
                        insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        values (?, ?, 'Patient', ?, '2026-11-18T07:30:00Z', 'care.backcare.tracker.pain.PainLoggedEvent',
                            '1', ?, ?)""")
                .params(di.id().toString(), next, UUID.randomUUID().toString(), payload.getBytes(StandardCharsets.UTF_8),
                        "{}".getBytes(StandardCharsets.UTF_8))
                .update();
        patientCache.removeAll(); // the aggregate is read again from the store, v1 event included

        JsonNode entry = await().atMost(PROJECTION_DEADLINE).until(() -> api.get("/api/me/pain", di.auth()).json(),
                list -> list.size() == 1).get(0);
        assertThat(entry.get("entryId").asString()).isEqualTo(entryId);
        assertThat(entry.get("redFlags").toString())
                .isEqualTo("[\"PAIN_RADIATING_DOWN_LEG\",\"SADDLE_NUMBNESS\",\"FEVER_OR_WEIGHT_LOSS\"]");
        assertThat(entry.get("advice").get("level").asString()).isEqualTo("EMERGENCY");
        assertThat(entry.get("advice").get("urgency").asString()).isEqualTo("URGENT");
        assertThat(entry.get("advice").get("safetyNet").asString()).isEqualTo(RedFlagTriage.SAFETY_NET);
        assertThat(jdbc.sql("select urgency from pain_log where entry_id = ?").param(UUID.fromString(entryId))
                .query(String.class).single()).as("the advice given then").isEqualTo("URGENT");

        // a v1 client retrying the very same write is recognised by the aggregate rebuilt from the v1 event
        Api.Response retry = api.put("/api/me/pain/" + entryId, di.auth(), """
                {"recordedAt":"2026-11-18T07:30:00Z","score":6,"regions":["LEGS","LOWER_BACK"],
                 "redFlags":["FEVER_OR_WEIGHT_LOSS","SADDLE_NUMBNESS","PAIN_RADIATING_DOWN_LEG"],
                 "notes":"Shooting pain down the left leg since Sunday"}""");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("advice").get("level").asString()).isEqualTo("EMERGENCY");
        // and it can be withdrawn like any entry
        assertThat(api.delete("/api/me/pain/" + entryId, di.auth()).status()).isEqualTo(204);
    }
}
