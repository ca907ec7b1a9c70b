package care.backcare.tracker.api.share;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A patient shares progress with a physiotherapist, sees every use of the link, and can withdraw it at once. */
class SharingTest extends PostgresApiTest {

    @Autowired
    ShareExpiry expiry;
    @Autowired
    JdbcClient jdbc;

    private JsonNode share(Patient patient, int days) {
        Api.Response created = api.post("/api/me/shares", patient.auth(),
                "{\"recipient\":\"Dr. Silva (physio)\",\"expiresInDays\":" + days + "}");
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    @Test
    void a_physiotherapist_reads_the_patients_trends_and_the_patient_sees_each_use() {
        Patient ana = api.register("Europe/Lisbon");
        api.put("/api/me/sessions/" + UUID.randomUUID(), ana.auth(), Api.session("2026-11-17T08:00:00Z", 12, "NONE", null));
        api.put("/api/me/pain/" + UUID.randomUUID(), ana.auth(), Api.pain("2026-11-17T09:00:00Z", 4, ""));
        JsonNode granted = share(ana, 30);
        String token = granted.get("token").asString();
        assertThat(token).startsWith("bcs_").hasSizeGreaterThan(70);
        assertThat(granted.get("url").asString()).isEqualTo("http://localhost:" + port + "/shared/" + token);
        assertThat(granted.get("expiresAt").asString()).isEqualTo("2026-12-18T12:00:00Z");

        Instant firstLook = clock.instant().plus(Duration.ofHours(2));
        clock.set(firstLook);
        JsonNode summary = api.get("/api/shared/" + token, Api.Auth.NONE).json();
        assertThat(summary.get("displayName").asString()).isEqualTo("Test " + ana.username());
        assertThat(summary.get("expiresAt").asString()).isEqualTo("2026-12-18T12:00:00Z");
        assertThat(summary.get("currentWeek").asString()).isEqualTo("2026-W47");

        clock.set(firstLook.plus(Duration.ofMinutes(5)));
        JsonNode sharedTrends = await().atMost(Duration.ofSeconds(10)).until(
                () -> api.get("/api/shared/" + token + "/trends?weeks=4", Api.Auth.NONE).json(),
                json -> json.get("weeks").get(3).get("painEntries").asInt() == 1);
        assertThat(sharedTrends).isEqualTo(api.get("/api/me/trends?weeks=4", ana.auth()).json());

        JsonNode listed = api.get("/api/me/shares", ana.auth()).json().get(0);
        assertThat(listed.get("recipient").asString()).isEqualTo("Dr. Silva (physio)");
        assertThat(listed.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(listed.get("accessCount").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(listed.get("lastAccessedAt").asString()).isEqualTo("2026-11-18T14:05:00Z");
        assertThat(listed.has("token")).isFalse();
        assertThat(api.get("/api/me/shares", ana.auth()).body()).doesNotContain(token.substring(37));

        JsonNode accesses = api.get("/api/me/shares/" + listed.get("shareId").asString() + "/accesses", ana.auth()).json();
        assertThat(accesses.get(accesses.size() - 1).get("accessedAt").asString()).isEqualTo("2026-11-18T14:00:00Z");
        assertThat(accesses.get(accesses.size() - 1).get("view").asString()).isEqualTo("SUMMARY");
        assertThat(accesses.get(0).get("view").asString()).isEqualTo("TRENDS");
        assertThat(accesses.get(0).get("detail").asString()).isEqualTo("4 weeks");
    }

    @Test
    void opening_a_link_leaves_the_patients_history_alone_and_logs_the_kind_of_device() throws Exception {
        Patient eva = api.register("Europe/Lisbon");
        JsonNode granted = share(eva, 30);
        String token = granted.get("token").asString();
        long events = jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(eva.id().toString()).query(Long.class).single();

        HttpResponse<String> opened = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/shared/" + token))
                .header("User-Agent", "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(200);
        api.get("/api/shared/" + token + "/trends?weeks=2", Api.Auth.NONE);

        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(eva.id().toString()).query(Long.class).single()).isEqualTo(events);
        String shareId = granted.get("shareId").asString();
        JsonNode accesses = api.get("/api/me/shares/" + shareId + "/accesses", eva.auth()).json();
        assertThat(accesses).hasSize(2);
        assertThat(accesses).anySatisfy(access -> {
            assertThat(access.get("view").asString()).isEqualTo("SUMMARY");
            assertThat(access.get("client").asString()).isEqualTo("Firefox on Android");
        });
        assertThat(api.get("/api/me/shares", eva.auth()).json().get(0).get("accessCount").asLong()).isEqualTo(2);
        // one page at a time
        assertThat(api.get("/api/me/shares/" + shareId + "/accesses?limit=1", eva.auth()).json()).hasSize(1);
        assertThat(api.get("/api/me/shares/" + shareId + "/accesses?limit=0", eva.auth()).status()).isEqualTo(400);
    }

    @Test
    void a_revoked_link_stops_working_at_once_and_looks_like_any_unknown_link() {
        Patient bo = api.register("Europe/Lisbon");
        JsonNode granted = share(bo, 30);
        String token = granted.get("token").asString();
        assertThat(api.get("/api/shared/" + token, Api.Auth.NONE).status()).isEqualTo(200);

        assertThat(api.delete("/api/me/shares/" + granted.get("shareId").asString(), bo.auth()).status()).isEqualTo(204);
        Api.Response revoked = api.get("/api/shared/" + token, Api.Auth.NONE);
        Api.Response unknown = api.get("/api/shared/" + ShareGate.FORMAT.mint().token(), Api.Auth.NONE);
        Api.Response garbage = api.get("/api/shared/not-a-token", Api.Auth.NONE);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(api.get("/api/shared/" + token + "/trends", Api.Auth.NONE).status()).isEqualTo(404);
        assertThat(revoked.json().get("detail")).isEqualTo(unknown.json().get("detail")).isEqualTo(garbage.json().get("detail"));
        assertThat(revoked.body()).doesNotContain(bo.username()).doesNotContain(bo.id().toString());

        assertThat(api.get("/api/me/shares", bo.auth()).json().get(0).get("status").asString()).isEqualTo("REVOKED");
        assertThat(api.delete("/api/me/shares/" + granted.get("shareId").asString(), bo.auth()).status()).isEqualTo(204);
        assertThat(api.delete("/api/me/shares/" + UUID.randomUUID(), bo.auth()).status()).isEqualTo(404);
    }

    @Test
    void a_link_expires_by_the_clock_and_its_expiry_enters_the_patients_history() {
        Patient cy = api.register("Europe/Lisbon");
        JsonNode granted = share(cy, 1);
        String token = granted.get("token").asString();
        clock.advance(Duration.ofDays(1).minusSeconds(1));
        assertThat(api.get("/api/shared/" + token, Api.Auth.NONE).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get("/api/shared/" + token, Api.Auth.NONE).status()).isEqualTo(404);
        assertThat(api.get("/api/me/shares", cy.auth()).json().get(0).get("status").asString()).isEqualTo("EXPIRED");

        expiry.recordExpiries();
        expiry.recordExpiries(); // a second node, or a second run, records nothing more
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ? "
                        + "and payload_type like '%ShareExpiredEvent'")
                .param(cy.id().toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select expired_at from share_link where share_id = ?")
                .param(UUID.fromString(granted.get("shareId").asString()))
                .query(java.time.OffsetDateTime.class).single().toInstant()).isEqualTo(Instant.parse("2026-11-19T12:00:00Z"));
    }

    @Test
    void a_share_shows_one_patient_only_and_never_works_as_a_login() {
        Patient dee = api.register("Europe/Lisbon");
        Patient eli = api.register("Europe/Lisbon");
        api.put("/api/me/sessions/" + UUID.randomUUID(), eli.auth(), Api.session("2026-11-17T08:00:00Z", 30, "NONE", null));
        String token = share(dee, 30).get("token").asString();

        JsonNode trends = api.get("/api/shared/" + token + "/trends?weeks=1", Api.Auth.NONE).json();
        assertThat(trends.get("weeks").get(0).get("sessions").asInt()).isZero();
        assertThat(api.get("/api/me", Api.Auth.bearer(token)).status()).isEqualTo(401);
        assertThat(api.get("/api/me/trends", Api.Auth.bearer(token)).status()).isEqualTo(401);
        // read-only: nothing under a share link accepts a write
        assertThat(api.put("/api/shared/" + token + "/trends", Api.Auth.NONE, "{}").status()).isBetween(400, 499);
        assertThat(api.post("/api/shared/" + token, Api.Auth.NONE, "{}").status()).isBetween(400, 499);
        assertThat(api.delete("/api/shared/" + token, Api.Auth.NONE).status()).isBetween(400, 499);
        assertThat(api.get("/api/shared/" + token, Api.Auth.NONE).status()).isEqualTo(200);
    }

    @Test
    void sharing_needs_the_password_not_a_personal_token_and_valid_input() {
        Patient fay = api.register("Europe/Lisbon");
        String personal = api.post("/api/me/tokens", fay.auth(), "{\"name\":\"app\"}").json().get("token").asString();
        assertThat(api.post("/api/me/shares", Api.Auth.bearer(personal), "{\"recipient\":\"x\",\"expiresInDays\":3}")
                .status()).isEqualTo(403);
        Api.Response invalid = api.post("/api/me/shares", fay.auth(), "{\"recipient\":\" \",\"expiresInDays\":181}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("recipient", "expiresInDays");
        assertThat(api.get("/api/me/shares", fay.auth()).json()).isEmpty();
    }
}
