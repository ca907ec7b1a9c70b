package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The working heart, end to end over HTTP on PostgreSQL: register, plan, log, read trends. */
class PatientJourneyTest extends PostgresApiTest {

    private static final Duration PROJECTION_DEADLINE = Duration.ofSeconds(10);

    private String putSession(Patient patient, String completedAt, int minutes) {
        UUID id = UUID.randomUUID();
        assertThat(api.put("/api/me/sessions/" + id, patient.auth(), Api.session(completedAt, minutes, "NONE", null))
                .status()).isEqualTo(201);
        return id.toString();
    }

    private void putPain(Patient patient, String recordedAt, int score) {
        assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), Api.pain(recordedAt, score, ""))
                .status()).isEqualTo(201);
    }

    /**
     * Plan 5 days a week from Monday of W44, then four weeks (W44..W47, "now" is Wednesday of W47):
     * active days 3, 4 (five sessions), 5, 2 -> adherence 0.6, 0.8, 1.0, 0.4;
     * pain 7+6, 6+5+5, 4, 3 -> means 6.5, 5.333, 4.0, 3.0.
     * Same week: ranks (2,3,4,1) vs (4,3,2,1) -> cov 1, variances 5 -> rho 0.2 over n = 4.
     * Next week: 3 pairs -> not enough data. Change 6.5 -> 3.0: -3.5 points, -53.8 %.
     */
    @Test
    void a_patient_plans_logs_four_weeks_and_reads_exact_trends() {
        clock.set(Instant.parse("2026-10-26T07:00:00Z"));
        Patient ana = api.register("Europe/Lisbon");
        Api.Response planned = api.put("/api/me/routine", ana.auth(), """
                {"stretches":["cat-cow","childs-pose","knee-to-chest"],"minutesPerDay":10,"daysPerWeek":5}""");
        assertThat(planned.status()).isEqualTo(200);
        assertThat(planned.json().get("daysPerWeek").asInt()).isEqualTo(5);

        clock.set(Instant.parse("2026-11-18T12:00:00Z"));
        for (String day : List.of("2026-10-26", "2026-10-28", "2026-10-31")) {
            putSession(ana, day + "T08:00:00Z", 10);
        }
        for (String day : List.of("2026-11-02", "2026-11-03", "2026-11-05", "2026-11-07")) {
            putSession(ana, day + "T08:00:00Z", 12);
        }
        putSession(ana, "2026-11-07T19:00:00Z", 15); // a second session the same day: one active day
        for (String day : List.of("2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13")) {
            putSession(ana, day + "T08:00:00Z", 10);
        }
        putSession(ana, "2026-11-16T08:00:00Z", 10);
        putSession(ana, "2026-11-17T08:00:00Z", 10);
        putPain(ana, "2026-10-27T09:00:00Z", 7);
        putPain(ana, "2026-10-30T09:00:00Z", 6);
        putPain(ana, "2026-11-02T09:00:00Z", 6);
        putPain(ana, "2026-11-04T09:00:00Z", 5);
        putPain(ana, "2026-11-06T09:00:00Z", 5);
        putPain(ana, "2026-11-11T09:00:00Z", 4);
        putPain(ana, "2026-11-17T09:00:00Z", 3);

        JsonNode trends = await().atMost(PROJECTION_DEADLINE).until(
                () -> api.get("/api/me/trends?weeks=4", ana.auth()).json(),
                json -> json.get("weeks").get(3).get("painEntries").asInt() == 1
                        && json.get("weeks").get(3).get("sessions").asInt() == 2);

        assertThat(trends.get("timeZone").asString()).isEqualTo("Europe/Lisbon");
        JsonNode weeks = trends.get("weeks");
        assertThat(weeks.valueStream().map(w -> w.get("week").asString())).containsExactly(
                "2026-W44", "2026-W45", "2026-W46", "2026-W47");
        assertThat(weeks.valueStream().map(w -> w.get("sessions").asInt())).containsExactly(3, 5, 5, 2);
        assertThat(weeks.valueStream().map(w -> w.get("activeDays").asInt())).containsExactly(3, 4, 5, 2);
        assertThat(weeks.valueStream().map(w -> w.get("minutes").asInt())).containsExactly(30, 63, 50, 20);
        // v1.1: W47 is in progress (today is its Wednesday): 2 active days of 3 tracked days at 5/7 = 14/15
        assertThat(weeks.valueStream().map(w -> w.get("adherence").asDouble())).containsExactly(0.6, 0.8, 1.0, 0.933);
        assertThat(weeks.valueStream().map(w -> w.get("inProgress").asBoolean())).containsExactly(false, false, false, true);
        assertThat(weeks.get(3).get("plannedDays").asDouble()).isEqualTo(2.1);
        assertThat(weeks.valueStream().map(w -> w.get("painMean").asDouble())).containsExactly(6.5, 5.3, 4.0, 3.0);
        assertThat(weeks.get(1).get("painMin").asInt()).isEqualTo(5);
        assertThat(weeks.get(1).get("painMax").asInt()).isEqualTo(6);
        assertThat(weeks.get(0).get("start").asString()).isEqualTo("2026-10-26");

        JsonNode correlation = trends.get("correlation");
        assertThat(correlation.get("method").asString()).isEqualTo("spearman");
        assertThat(correlation.get("lagWeeks").asInt()).isZero();
        // v1.1: the week in progress takes part in no statistic: three weeks, not enough for a rho
        assertThat(correlation.get("rho").isNull()).isTrue();
        assertThat(correlation.get("n").asInt()).isEqualTo(3);
        assertThat(correlation.get("sufficient").asBoolean()).isFalse();

        JsonNode lagged = trends.get("laggedCorrelation");
        assertThat(lagged.get("lagWeeks").asInt()).isEqualTo(1);
        assertThat(lagged.get("rho").isNull()).isTrue();
        assertThat(lagged.get("n").asInt()).isEqualTo(2);
        assertThat(lagged.get("sufficient").asBoolean()).isFalse();

        JsonNode change = trends.get("change");
        // v1.1: the first 14 days of pain entries (27 Oct - 9 Nov) overlap the latest 14 (4 - 17 Nov)
        assertThat(change.get("verdict").asString()).isEqualTo("NOT_ENOUGH_DATA");
        assertThat(change.get("baselinePainMean").isNull()).isTrue();
        assertThat(change.get("delta").isNull()).isTrue();
        assertThat(change.get("clinicallyMeaningful").asBoolean()).isFalse();
        assertThat(change.get("baselineFrom").asString()).isEqualTo("2026-10-27");
        assertThat(change.get("latestFrom").asString()).isEqualTo("2026-11-04");
        assertThat(change.get("latestTo").asString()).isEqualTo("2026-11-17");

        JsonNode me = api.get("/api/me", ana.auth()).json();
        assertThat(me.get("username").asString()).isEqualTo(ana.username());
        assertThat(me.get("createdAt").asString()).isEqualTo("2026-10-26T07:00:00Z");
    }

    @Test
    void weeks_before_the_first_entry_are_not_tracked_and_the_window_ends_this_week() {
        Patient bo = api.register("Europe/Lisbon");
        putSession(bo, "2026-11-10T08:00:00Z", 10);
        JsonNode weeks = await().atMost(PROJECTION_DEADLINE).until(
                () -> api.get("/api/me/trends", bo.auth()).json().get("weeks"),
                json -> json.get(10).get("sessions").asInt() == 1);
        assertThat(weeks).hasSize(12);
        assertThat(weeks.get(11).get("week").asString()).isEqualTo("2026-W47");
        assertThat(weeks.get(9).get("adherence").isNull()).isTrue();
        // v1.1: 1 active day of the 6 tracked (Tuesday to Sunday) at the default 7 days a week
        assertThat(weeks.get(10).get("adherence").asDouble()).isEqualTo(0.167);
        assertThat(weeks.get(10).get("trackedDays").asInt()).isEqualTo(6);
        assertThat(weeks.get(11).get("adherence").asDouble()).isEqualTo(0.0);
    }

    @Test
    void a_session_at_23_40_on_sunday_in_new_york_counts_in_that_week() {
        Patient nia = api.register("America/New_York");
        // Sunday 15 November 23:40 EST is Monday 16 November 04:40 UTC
        Api.Response put = api.put("/api/me/sessions/" + UUID.randomUUID(), nia.auth(),
                Api.session("2026-11-16T04:40:00Z", 10, "NONE", null));
        assertThat(put.json().get("date").asString()).isEqualTo("2026-11-15");
        JsonNode weeks = await().atMost(PROJECTION_DEADLINE).until(
                () -> api.get("/api/me/trends?weeks=2", nia.auth()).json().get("weeks"),
                json -> json.get(0).get("sessions").asInt() == 1);
        assertThat(weeks.get(0).get("week").asString()).isEqualTo("2026-W46");
        assertThat(weeks.get(1).get("sessions").asInt()).isZero();
    }

    @Test
    void a_retried_write_is_acknowledged_once_and_counted_once() {
        Patient cy = api.register("Europe/Lisbon");
        String id = UUID.randomUUID().toString();
        String body = Api.session("2026-11-17T08:00:00Z", 10, "NONE", "felt looser");
        Api.Response first = api.put("/api/me/sessions/" + id, cy.auth(), body);
        Api.Response retry = api.put("/api/me/sessions/" + id, cy.auth(), body);
        Api.Response edited = api.put("/api/me/sessions/" + id, cy.auth(),
                Api.session("2026-11-17T08:00:00Z", 11, "NONE", "felt looser"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/me/sessions/" + id);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(edited.status()).isEqualTo(409);
        assertThat(edited.header("Content-Type")).startsWith("application/problem+json");

        JsonNode sessions = await().atMost(PROJECTION_DEADLINE).until(
                () -> api.get("/api/me/sessions?from=2026-11-16&to=2026-11-22", cy.auth()).json(),
                json -> json.size() == 1);
        assertThat(sessions.get(0).get("durationMinutes").asInt()).isEqualTo(10);
        assertThat(sessions.get(0).get("notes").asString()).isEqualTo("felt looser");
        assertThat(api.get("/api/me/trends?weeks=1", cy.auth()).json().get("weeks").get(0).get("sessions").asInt())
                .isEqualTo(1);
    }

    @Test
    void sharp_pain_and_red_flags_are_recorded_with_advice() {
        Patient di = api.register("Europe/Lisbon");
        String sharpPath = "/api/me/sessions/" + UUID.randomUUID();
        String sharpBody = Api.session("2026-11-18T07:00:00Z", 8, "SHARP", "pinch on the left");
        Api.Response sharp = api.put(sharpPath, di.auth(), sharpBody);
        assertThat(sharp.status()).isEqualTo(201);
        assertThat(sharp.json().get("painDuring").asString()).isEqualTo("SHARP");
        assertThat(sharp.json().get("advice").asString()).contains("Stop if it hurts").contains("sharp pain is a no-go");
        Api.Response sharpAgain = api.put(sharpPath, di.auth(), sharpBody);
        assertThat(sharpAgain.status()).isEqualTo(200);
        assertThat(sharpAgain.body()).isEqualTo(sharp.body());

        Api.Response calm = api.put("/api/me/sessions/" + UUID.randomUUID(), di.auth(),
                Api.session("2026-11-18T07:30:00Z", 8, "NONE", null));
        assertThat(calm.json().has("advice")).isFalse();

        String urgentPath = "/api/me/pain/" + UUID.randomUUID();
        String urgentBody = Api.pain("2026-11-18T08:00:00Z", 7, "\"LEG_WEAKNESS\",\"WORSE_AT_NIGHT\"");
        Api.Response urgent = api.put(urgentPath, di.auth(), urgentBody);
        assertThat(urgent.status()).isEqualTo(201);
        assertThat(urgent.json().get("advice").get("urgency").asString()).isEqualTo("URGENT");
        Api.Response urgentAgain = api.put(urgentPath, di.auth(), urgentBody);
        assertThat(urgentAgain.status()).isEqualTo(200);
        assertThat(urgentAgain.body()).isEqualTo(urgent.body());
        Api.Response soon = api.put("/api/me/pain/" + UUID.randomUUID(), di.auth(),
                Api.pain("2026-11-18T08:05:00Z", 5, "\"PAIN_RADIATING_DOWN_LEG\""));
        assertThat(soon.json().get("advice").get("urgency").asString()).isEqualTo("SEE_A_PROFESSIONAL");
        Api.Response none = api.put("/api/me/pain/" + UUID.randomUUID(), di.auth(),
                Api.pain("2026-11-18T08:10:00Z", 2, ""));
        assertThat(none.json().has("advice")).isFalse();

        JsonNode week = await().atMost(PROJECTION_DEADLINE).until(
                () -> api.get("/api/me/trends?weeks=1", di.auth()).json().get("weeks").get(0),
                json -> json.get("painEntries").asInt() == 3);
        assertThat(week.get("redFlags").asInt()).isEqualTo(2);
        JsonNode diary = api.get("/api/me/pain", di.auth()).json();
        assertThat(diary.get(0).get("advice").get("urgency").asString()).isEqualTo("URGENT");
    }

    @Test
    void entries_outside_the_recording_window_are_refused_and_change_nothing() {
        Patient ed = api.register("Europe/Lisbon");
        Api.Response future = api.put("/api/me/sessions/" + UUID.randomUUID(), ed.auth(),
                Api.session("2026-11-18T12:05:01Z", 10, "NONE", null));
        Api.Response ancient = api.put("/api/me/pain/" + UUID.randomUUID(), ed.auth(),
                Api.pain("2025-11-18T11:59:59Z", 4, ""));
        Api.Response skewed = api.put("/api/me/sessions/" + UUID.randomUUID(), ed.auth(),
                Api.session("2026-11-18T12:05:00Z", 10, "NONE", null));

        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("completedAt");
        assertThat(ancient.status()).isEqualTo(400);
        assertThat(ancient.json().get("errors").get(0).get("field").asString()).isEqualTo("recordedAt");
        assertThat(skewed.status()).isEqualTo(201);
        await().atMost(PROJECTION_DEADLINE).until(
                () -> api.get("/api/me/sessions", ed.auth()).json().size() == 1);
        assertThat(api.get("/api/me/pain?from=2025-11-18&to=2025-11-18", ed.auth()).json()).isEmpty();
    }

    @Test
    void a_patient_never_sees_or_touches_another_patients_entries() {
        Patient fay = api.register("Europe/Lisbon");
        Patient gus = api.register("Europe/Lisbon");
        String id = putSession(fay, "2026-11-17T08:00:00Z", 10);

        await().atMost(PROJECTION_DEADLINE).until(() -> api.get("/api/me/sessions/" + id, fay.auth()).status() == 200);
        assertThat(api.get("/api/me/sessions/" + id, gus.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/me/sessions", gus.auth()).json()).isEmpty();
        // the same client id in another patient's history is another entry altogether
        assertThat(api.put("/api/me/sessions/" + id, gus.auth(), Api.session("2026-11-17T09:00:00Z", 5, "NONE", null))
                .status()).isEqualTo(201);
        await().atMost(PROJECTION_DEADLINE).until(() -> api.get("/api/me/sessions/" + id, gus.auth()).status() == 200);
        assertThat(api.get("/api/me/sessions/" + id, fay.auth()).json().get("durationMinutes").asInt()).isEqualTo(10);
    }

    @Test
    void the_routine_defaults_to_the_guides_starter_plan() {
        Patient hal = api.register("Europe/Lisbon");
        JsonNode routine = api.get("/api/me/routine", hal.auth()).json();
        assertThat(routine.get("minutesPerDay").asInt()).isEqualTo(10);
        assertThat(routine.get("daysPerWeek").asInt()).isEqualTo(7);
        assertThat(routine.get("plannedAt").isNull()).isTrue();
        assertThat(routine.get("stretches").valueStream().map(JsonNode::asString))
                .containsExactly("cat-cow", "knee-to-chest", "childs-pose", "glute-bridge"); // v1.1 starter routine

        Api.Response bad = api.put("/api/me/routine", hal.auth(), """
                {"stretches":["cat-cow","cat-cow"],"minutesPerDay":121,"daysPerWeek":0}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("minutesPerDay", "daysPerWeek");
        Api.Response duplicate = api.put("/api/me/routine", hal.auth(), """
                {"stretches":["cat-cow","cat-cow"],"minutesPerDay":10,"daysPerWeek":3}""");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("stretches");
    }

    @Test
    void personal_tokens_work_at_once_list_without_secrets_and_stop_when_revoked() {
        Patient ivy = api.register("Europe/Lisbon");
        Api.Response issued = api.post("/api/me/tokens", ivy.auth(), "{\"name\":\"phone\"}");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        String tokenId = issued.json().get("id").asString();
        assertThat(token).startsWith("bct_").hasSizeGreaterThan(70);

        Api.Auth bearer = Api.Auth.bearer(token);
        assertThat(api.get("/api/me", bearer).json().get("username").asString()).isEqualTo(ivy.username());
        assertThat(api.put("/api/me/sessions/" + UUID.randomUUID(), bearer,
                Api.session("2026-11-18T07:00:00Z", 10, "NONE", null)).status()).isEqualTo(201);
        assertThat(api.post("/api/me/tokens", bearer, "{\"name\":\"copy\"}").status()).isEqualTo(403);

        Api.Response listed = api.get("/api/me/tokens", ivy.auth());
        // bct_<32 hex id>_<43 base64url secret>: the secret may itself contain '_', so take its fixed length
        assertThat(listed.body()).doesNotContain(token.substring(token.length() - 43));
        assertThat(listed.json().get(0).get("name").asString()).isEqualTo("phone");

        assertThat(api.delete("/api/me/tokens/" + tokenId, ivy.auth()).status()).isEqualTo(204);
        Api.Response afterRevoke = api.get("/api/me", bearer);
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(api.get("/api/me/tokens", ivy.auth()).json()).isEmpty();
        assertThat(api.delete("/api/me/tokens/" + UUID.randomUUID(), ivy.auth()).status()).isEqualTo(404);

        Patient jo = api.register("Europe/Lisbon");
        Api.Response other = api.post("/api/me/tokens", ivy.auth(), "{\"name\":\"laptop\"}");
        assertThat(api.delete("/api/me/tokens/" + other.json().get("id").asString(), jo.auth()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/me", Api.Auth.bearer(other.json().get("token").asString())).status()).isEqualTo(200);
    }

    @Test
    void an_oversize_chunked_body_is_refused_while_it_is_read_and_records_nothing() {
        Patient lou = api.register("Europe/Lisbon");
        String id = UUID.randomUUID().toString();
        String huge = Api.session("2026-11-18T07:00:00Z", 10, "NONE", "x".repeat(100_000));
        Api.Response response = api.putChunked("/api/me/sessions/" + id, lou.auth(),
                huge.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.put("/api/me/sessions/" + id, lou.auth(), Api.session("2026-11-18T07:00:00Z", 10, "NONE", "ok"))
                .status()).isEqualTo(201);
    }

    @Test
    void accounts_need_a_free_username_and_a_real_password() {
        Patient kim = api.register("Europe/Lisbon");
        Api.Response taken = api.post("/api/accounts", Api.Auth.NONE, """
                {"username":"%s","password":"another long password","displayName":"K","timeZone":"UTC"}"""
                .formatted(kim.username()));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(api.get("/api/me", Api.Auth.basic(kim.username(), "another long password")).status()).isEqualTo(401);
        assertThat(api.get("/api/me", Api.Auth.NONE).status()).isEqualTo(401);
        assertThat(api.get("/api/me", Api.Auth.NONE).header("WWW-Authenticate")).startsWith("Basic");
    }
}
