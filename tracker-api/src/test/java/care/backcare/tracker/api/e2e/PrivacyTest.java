package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords, tokens and what patients write never reach the logs, on success or on failure. */
@ExtendWith(OutputCaptureExtension.class)
class PrivacyTest extends PostgresApiTest {

    @Test
    void secrets_and_clinical_free_text_stay_out_of_the_logs(CapturedOutput output) {
        Api.Patient patient = api.register("Europe/Lisbon");
        String token = api.post("/api/me/tokens", patient.auth(), "{\"name\":\"phone\"}").json().get("token").asString();
        String note = "worse after the argument with my sister " + UUID.randomUUID();
        api.put("/api/me/sessions/" + UUID.randomUUID(), Api.Auth.bearer(token),
                Api.session("2026-11-18T07:00:00Z", 10, "SHARP", note));
        api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), """
                {"recordedAt":"2026-11-18T08:00:00Z","score":6,"notes":"%s"}""".formatted(note));
        // failures too: a wrong password, a tampered token, a conflicting rewrite, a refused value
        api.get("/api/me", Api.Auth.basic(patient.username(), "wrong " + Api.PASSWORD));
        api.get("/api/me", Api.Auth.bearer(token.substring(0, token.length() - 2) + "xx"));
        String id = UUID.randomUUID().toString();
        api.put("/api/me/sessions/" + id, patient.auth(), Api.session("2026-11-18T07:00:00Z", 10, "NONE", note));
        api.put("/api/me/sessions/" + id, patient.auth(), Api.session("2026-11-18T07:00:00Z", 11, "NONE", note + "!"));
        api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), """
                {"recordedAt":"2036-11-18T08:00:00Z","score":6,"notes":"%s"}""".formatted(note));

        assertThat(output.getAll())
                .doesNotContain(Api.PASSWORD)
                .doesNotContain(token.substring(token.length() - 43)) // the secret: bct_<32 hex id>_<43 base64url>
                .doesNotContain("argument with my sister");
    }
}
