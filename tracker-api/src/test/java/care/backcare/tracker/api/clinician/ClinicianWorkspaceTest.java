package care.backcare.tracker.api.clinician;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.clinician.ClinicianRules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The clinician's workspace end to end on PostgreSQL: account and roles, consent by invite code, the caseload and
 * its priorities, acknowledgement, prescribing, messages, the patient's view of every access, and disconnection.
 */
class ClinicianWorkspaceTest extends PostgresApiTest {

    private static final Duration DEADLINE = Duration.ofSeconds(15);

    record Clinician(UUID id, String username, String displayName, Api.Auth auth) {
    }

    Clinician clinician(String displayName) {
        String username = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Api.Response created = api.post("/api/clinicians", Api.Auth.NONE, """
                {"username":"%s","password":"%s","displayName":"%s","timeZone":"Europe/Lisbon","profession":"Physiotherapist"}"""
                .formatted(username, Api.PASSWORD, displayName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("username").asString()).isEqualTo(username);
        return new Clinician(UUID.fromString(created.json().get("clinicianId").asString()), username, displayName,
                Api.Auth.basic(username, Api.PASSWORD));
    }

    String invite(Clinician clinician, int days) {
        Api.Response created = api.post("/api/clinician/invites", clinician.auth(),
                "{\"label\":\"new patient\",\"expiresInDays\":" + days + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("code").asString();
    }

    Api.Response connect(Patient patient, String code) {
        return api.post("/api/me/clinicians", patient.auth(), "{\"code\":\"" + code + "\"}");
    }

    JsonNode caseloadRow(Clinician clinician, UUID patientId) {
        for (JsonNode row : api.get("/api/clinician/patients", clinician.auth()).json()) {
            if (row.get("patientId").asString().equals(patientId.toString())) {
                return row;
            }
        }
        return null;
    }

    JsonNode awaitRow(Clinician clinician, UUID patientId, Predicate<JsonNode> condition) {
        return await().atMost(DEADLINE).until(() -> caseloadRow(clinician, patientId),
                row -> row != null && condition.test(row));
    }

    static List<String> reasons(JsonNode row) {
        List<String> codes = new ArrayList<>();
        row.get("reasons").forEach(reason -> codes.add(reason.get("code").asString()));
        return codes;
    }

    @Test
    void accounts_share_one_namespace_and_roles_hold_on_every_side() {
        Clinician silva = clinician("Dr. Silva");
        Patient ana = api.register("Europe/Lisbon");

        // one namespace: neither can take the other's username
        assertThat(api.post("/api/accounts", Api.Auth.NONE, """
                {"username":"%s","password":"%s","displayName":"X","timeZone":"Europe/Lisbon"}"""
                .formatted(silva.username(), Api.PASSWORD)).status()).isEqualTo(409);
        assertThat(api.post("/api/clinicians", Api.Auth.NONE, """
                {"username":"%s","password":"%s","displayName":"X","timeZone":"Europe/Lisbon","profession":"Physio"}"""
                .formatted(ana.username(), Api.PASSWORD)).status()).isEqualTo(409);
        // bad input: clear 400s
        assertThat(api.post("/api/clinicians", Api.Auth.NONE, """
                {"username":"cx%s","password":"%s","displayName":"X","timeZone":"Europe/Lisbon"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), Api.PASSWORD)).status()).isEqualTo(400);

        // a clinician has no diary; a patient no caseload
        assertThat(api.get("/api/me/sessions", silva.auth()).status()).isEqualTo(403);
        assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), silva.auth(), Api.pain("2026-11-18T08:00:00Z", 3, ""))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/me", silva.auth()).status()).isEqualTo(403);
        assertThat(api.get("/api/clinician/patients", ana.auth()).status()).isEqualTo(403);
        assertThat(api.post("/api/clinician/invites", ana.auth(), "{\"expiresInDays\":7}").status()).isEqualTo(403);
        assertThat(api.get("/api/clinician/patients", Api.Auth.NONE).status()).isEqualTo(401);
        // who is signed in: the clinician's own profile
        JsonNode session = api.get("/api/session", silva.auth()).json();
        assertThat(session.get("role").asString()).isEqualTo("CLINICIAN");
        assertThat(session.get("displayName").asString()).isEqualTo("Dr. Silva");
        assertThat(session.get("profession").asString()).isEqualTo("Physiotherapist");
    }

    @Test
    void a_clinician_has_personal_tokens_like_a_patient() {
        Clinician silva = clinician("Dr. Silva");
        Api.Response issued = api.post("/api/me/tokens", silva.auth(), "{\"name\":\"clinic script\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        Api.Auth bearer = Api.Auth.bearer(issued.json().get("token").asString());
        assertThat(api.get("/api/clinician/patients", bearer).status()).isEqualTo(200);
        assertThat(api.get("/api/me/sessions", bearer).status()).isEqualTo(403);
        assertThat(api.get("/api/session", bearer).json().get("role").asString()).isEqualTo("CLINICIAN");
        // a token cannot mint tokens; the list never shows secrets
        assertThat(api.post("/api/me/tokens", bearer, "{\"name\":\"more\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/me/tokens", silva.auth()).body()).doesNotContain(issued.json().get("token").asString());
        // revoked: refused at once
        assertThat(api.delete("/api/me/tokens/" + issued.json().get("id").asString(), silva.auth()).status()).isEqualTo(204);
        assertThat(api.get("/api/clinician/patients", bearer).status()).isEqualTo(401);
        // signing out everywhere ends the others
        Api.Auth second = Api.Auth.bearer(api.post("/api/me/tokens", silva.auth(), "{\"name\":\"laptop\"}").json()
                .get("token").asString());
        assertThat(api.put("/api/me/password", silva.auth(), "{\"currentPassword\":\"" + Api.PASSWORD
                + "\",\"newPassword\":\"" + Api.PASSWORD + "\",\"signOutEverywhere\":true}").status()).isEqualTo(204);
        assertThat(api.get("/api/clinician/patients", second).status()).isEqualTo(401);
    }

    @Test
    void an_invite_code_connects_one_patient_once_and_every_other_code_is_the_same_404() {
        Clinician silva = clinician("Dr. Silva");
        Patient ana = api.register("Europe/Lisbon");
        Patient bo = api.register("Europe/Lisbon");

        String code = invite(silva, 7);
        assertThat(code).hasSize(ClinicianRules.CODE_LENGTH);
        assertThat(code.chars().allMatch(c -> ClinicianRules.CODE_ALPHABET.indexOf(c) >= 0)).isTrue();
        JsonNode listed = api.get("/api/clinician/invites", silva.auth()).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(listed.toString()).doesNotContain(code);

        // typed as a person would: lower case, with a dash
        Api.Response connected = connect(ana, code.substring(0, 5).toLowerCase() + "-" + code.substring(5));
        assertThat(connected.status()).as(connected.body()).isEqualTo(201);
        assertThat(connected.json().get("clinicianId").asString()).isEqualTo(silva.id().toString());
        assertThat(connected.json().get("displayName").asString()).isEqualTo("Dr. Silva");
        assertThat(connected.json().get("profession").asString()).isEqualTo("Physiotherapist");

        // used
        Api.Response used = connect(bo, code);
        assertThat(used.status()).isEqualTo(404);
        // deleted
        String deleted = invite(silva, 7);
        String deletedId = null;
        for (JsonNode invite : api.get("/api/clinician/invites", silva.auth()).json()) {
            if (invite.get("status").asString().equals("OPEN")) {
                deletedId = invite.get("inviteId").asString();
            }
        }
        assertThat(api.delete("/api/clinician/invites/" + deletedId, silva.auth()).status()).isEqualTo(204);
        Api.Response afterDelete = connect(bo, deleted);
        // expired
        String expiring = invite(silva, 1);
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        Api.Response expired = connect(bo, expiring);
        // never issued, and not even a code
        Api.Response unknown = connect(bo, "ABCDEFGHJK");
        Api.Response garbage = connect(bo, "0O1IL");
        for (Api.Response refused : List.of(afterDelete, expired, unknown, garbage)) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.body()).isEqualTo(used.body());
        }
        assertThat(api.post("/api/me/clinicians", bo.auth(), "{}").status()).isEqualTo(400);
        assertThat(api.get("/api/me/clinicians", bo.auth()).json()).isEmpty();

        JsonNode statuses = api.get("/api/clinician/invites", silva.auth()).json();
        List<String> seen = new ArrayList<>();
        statuses.forEach(invite -> seen.add(invite.get("status").asString()));
        assertThat(seen).containsExactlyInAnyOrder("USED", "DELETED", "EXPIRED");
        assertThat(api.delete("/api/clinician/invites/" + UUID.randomUUID(), silva.auth()).status()).isEqualTo(404);
        assertThat(api.post("/api/clinician/invites", silva.auth(), "{\"expiresInDays\":31}").status()).isEqualTo(400);
    }

    @Test
    void a_red_flag_puts_the_patient_first_an_acknowledgement_lowers_it_and_a_new_flag_raises_it_again() {
        Clinician silva = clinician("Dr. Silva");
        Patient ana = api.register("Europe/Lisbon");
        Patient bo = api.register("Europe/Lisbon");
        assertThat(connect(ana, invite(silva, 7)).status()).isEqualTo(201);
        assertThat(connect(bo, invite(silva, 7)).status()).isEqualTo(201);
        api.put("/api/me/pain/" + UUID.randomUUID(), bo.auth(), Api.pain("2026-11-18T08:00:00Z", 3, ""));
        api.put("/api/me/pain/" + UUID.randomUUID(), bo.auth(), Api.pain("2026-11-17T08:00:00Z", 4, ""));
        api.put("/api/me/pain/" + UUID.randomUUID(), bo.auth(), Api.pain("2026-11-17T19:00:00Z", 5, ""));
        api.put("/api/me/pain/" + UUID.randomUUID(), ana.auth(), Api.pain("2026-11-18T09:00:00Z", 8,
                "\"BLADDER_OR_BOWEL_CHANGE\""));

        JsonNode first = awaitRow(silva, ana.id(), row -> row.get("priority").asString().equals("EMERGENCY"));
        assertThat(reasons(first)).contains("RED_FLAG_EMERGENCY");
        assertThat(first.get("lastEntryAt").asString()).isEqualTo("2026-11-18T09:00:00Z");
        // the sparkline's days: the 14 complete days before today, the mean of each day's entries
        JsonNode boRow = awaitRow(silva, bo.id(), row -> row.get("painDays").size() == 14
                && !row.get("painDays").get(13).isNull());
        assertThat(boRow.get("painDays").get(13).asDouble()).isEqualTo(4.5);
        assertThat(boRow.get("painDays").get(12).isNull()).isTrue();
        assertThat(boRow.get("painLast14Days").asDouble()).isEqualTo(4.5);
        JsonNode caseload = api.get("/api/clinician/patients", silva.auth()).json();
        assertThat(caseload.get(0).get("patientId").asString()).isEqualTo(ana.id().toString());
        assertThat(caseload.get(0).get("change").get("verdict").asString()).isEqualTo("NOT_ENOUGH_DATA");

        Api.Response ack = api.post("/api/clinician/patients/" + ana.id() + "/acknowledgements", silva.auth(),
                "{\"through\":\"2026-11-18T12:00:00Z\",\"note\":\"called, going to A&E\"}");
        assertThat(ack.status()).as(ack.body()).isEqualTo(201);
        JsonNode after = awaitRow(silva, ana.id(), row -> !row.get("priority").asString().equals("EMERGENCY"));
        assertThat(reasons(after)).doesNotContain("RED_FLAG_EMERGENCY");
        JsonNode pain = await().atMost(DEADLINE).until(() -> api.get("/api/me/pain", ana.auth()).json().get(0),
                entry -> entry.has("seenBy"));
        assertThat(pain.get("seenBy").get("displayName").asString()).isEqualTo("Dr. Silva");

        clock.advance(Duration.ofMinutes(30));
        api.put("/api/me/pain/" + UUID.randomUUID(), ana.auth(), Api.pain("2026-11-18T12:20:00Z", 6, "\"FEVER\""));
        JsonNode again = awaitRow(silva, ana.id(), row -> row.get("priority").asString().equals("SAME_DAY"));
        assertThat(reasons(again)).containsExactly("RED_FLAG_SAME_DAY");
        assertThat(api.get("/api/me/pain", ana.auth()).json().get(1).has("seenBy")).isFalse();
    }

    @Test
    void the_clinician_reads_prescribes_and_writes_and_the_patient_sees_all_of_it_until_disconnecting() {
        Clinician silva = clinician("Dr. Silva");
        Patient ana = api.register("Europe/Lisbon");
        assertThat(connect(ana, invite(silva, 7)).status()).isEqualTo(201);
        String base = "/api/clinician/patients/" + ana.id();

        JsonNode overview = api.get(base + "?weeks=4", silva.auth()).json();
        assertThat(overview.get("displayName").asString()).isEqualTo("Test " + ana.username());
        assertThat(overview.get("overview").get("report").get("trends").get("weeks")).hasSize(4);
        assertThat(api.get(base + "/trends?weeks=6", silva.auth()).json().get("weeks")).hasSize(6);
        Api.Response pdf = api.get(base + "/reports/weekly?weeks=4", silva.auth());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");

        Api.Response routine = api.put(base + "/routine", silva.auth(),
                "{\"stretches\":[\"cat-cow\",\"childs-pose\"],\"minutesPerDay\":12,\"daysPerWeek\":5}");
        assertThat(routine.status()).as(routine.body()).isEqualTo(200);
        JsonNode prescribed = await().atMost(DEADLINE).until(() -> api.get("/api/me/routine", ana.auth()).json(),
                plan -> plan.has("setBy"));
        assertThat(prescribed.get("setBy").get("displayName").asString()).isEqualTo("Dr. Silva");
        assertThat(prescribed.get("minutesPerDay").asInt()).isEqualTo(12);
        assertThat(api.put(base + "/routine", silva.auth(), "{\"stretches\":[\"nope\"],\"minutesPerDay\":12,\"daysPerWeek\":5}")
                .status()).isEqualTo(400);

        String message = base + "/messages/" + UUID.randomUUID();
        assertThat(api.put(message, silva.auth(), "{\"text\":\"Keep the bridges slow.\"}").status()).isEqualTo(201);
        assertThat(api.put(message, silva.auth(), "{\"text\":\"Keep the bridges slow.\"}").status()).isEqualTo(200);
        assertThat(api.put(message, silva.auth(), "{\"text\":\"Something else\"}").status()).isEqualTo(409);
        assertThat(api.put(base + "/messages/" + UUID.randomUUID(), silva.auth(), "{\"text\":\"\"}").status())
                .isEqualTo(400);
        assertThat(api.put(base + "/messages/" + UUID.randomUUID(), silva.auth(),
                "{\"text\":\"" + "x".repeat(2001) + "\"}").status()).isEqualTo(400);
        JsonNode messages = await().atMost(DEADLINE).until(() -> api.get("/api/me/messages", ana.auth()).json(),
                list -> list.size() == 1);
        assertThat(messages.get(0).get("text").asString()).isEqualTo("Keep the bridges slow.");
        assertThat(messages.get(0).get("author").get("displayName").asString()).isEqualTo("Dr. Silva");

        // the patient changes the plan back, a minute later: it is theirs again
        clock.advance(Duration.ofMinutes(1));
        api.put("/api/me/routine", ana.auth(), "{\"stretches\":[\"cat-cow\"],\"minutesPerDay\":10,\"daysPerWeek\":7}");
        await().atMost(DEADLINE).until(() -> !api.get("/api/me/routine", ana.auth()).json().has("setBy"));

        // every access is listed to the patient
        JsonNode clinicians = api.get("/api/me/clinicians", ana.auth()).json();
        assertThat(clinicians).hasSize(1);
        assertThat(clinicians.get(0).get("accessCount").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(clinicians.get(0).get("lastAccessedAt").isNull()).isFalse();
        List<String> viewed = new ArrayList<>();
        api.get("/api/me/clinicians/" + silva.id() + "/accesses", ana.auth()).json()
                .forEach(access -> viewed.add(access.get("viewed").asString()));
        assertThat(viewed).contains("OVERVIEW", "TRENDS", "REPORT", "ROUTINE_SET", "MESSAGE_SENT");

        // disconnect: from the next request on, nothing
        assertThat(api.delete("/api/me/clinicians/" + silva.id(), ana.auth()).status()).isEqualTo(204);
        assertThat(api.get(base, silva.auth()).status()).isEqualTo(404);
        assertThat(api.get(base + "/trends", silva.auth()).status()).isEqualTo(404);
        assertThat(api.get(base + "/reports/weekly", silva.auth()).status()).isEqualTo(404);
        assertThat(api.post(base + "/acknowledgements", silva.auth(), "{\"through\":\"2026-11-18T12:00:00Z\"}").status())
                .isEqualTo(404);
        assertThat(api.put(base + "/messages/" + UUID.randomUUID(), silva.auth(), "{\"text\":\"hello?\"}").status())
                .isEqualTo(404);
        assertThat(api.put(base + "/routine", silva.auth(),
                "{\"stretches\":[\"cat-cow\"],\"minutesPerDay\":12,\"daysPerWeek\":5}").status()).isEqualTo(404);
        assertThat(caseloadRow(silva, ana.id())).isNull();
        assertThat(api.get("/api/me/clinicians", ana.auth()).json()).isEmpty();
        assertThat(api.delete("/api/me/clinicians/" + silva.id(), ana.auth()).status()).isEqualTo(404);
        // a stranger clinician never saw the patient
        Clinician stranger = clinician("Dr. Nobody");
        assertThat(api.get("/api/clinician/patients/" + ana.id(), stranger.auth()).status()).isEqualTo(404);
        assertThat(Instant.parse(messages.get(0).get("sentAt").asString())).isNotNull();
    }
}
