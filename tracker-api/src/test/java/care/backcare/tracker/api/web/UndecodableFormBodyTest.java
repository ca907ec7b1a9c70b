package care.backcare.tracker.api.web;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form body that cannot be decoded fails in a servlet filter, before any controller: found by the fuzz
 * (HostileInputTest) as a 500. It is the client's fault, and a 400 in problem+json, like every bad body.
 */
class UndecodableFormBodyTest extends PostgresApiTest {

    @Test
    void a_form_put_with_broken_percent_escapes_is_a_400() {
        Api.Patient patient = api.register("Europe/Lisbon");
        Api.Response response = api.send("PUT", "/api/me/routine", patient.auth(), "stretches=%zz&minutesPerDay=%",
                "application/x-www-form-urlencoded");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(api.get("/api/me/routine", patient.auth()).json().get("plannedAt").isNull()).isTrue();
    }
}
