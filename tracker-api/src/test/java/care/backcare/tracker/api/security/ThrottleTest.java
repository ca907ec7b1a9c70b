package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Browser;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing is refused with 429 for a while, and only for a while. */
class ThrottleTest extends PostgresApiTest {

    @Autowired
    Throttle throttle;

    /** Five other addresses (the test's requests all come from 127.0.0.1) fail 10 times each: 50 for the account. */
    private void attackersElsewhereGuess(String username) {
        for (int address = 1; address <= 5; address++) {
            for (int i = 0; i < 10; i++) {
                throttle.signInFailed("203.0.113." + address, username);
            }
        }
    }

    @Test
    void guesses_from_many_addresses_hold_an_account_back_except_for_its_owners_addresses_and_the_right_password() {
        Api.Patient ana = api.register("Europe/Lisbon");
        Api.Patient bo = api.register("Europe/Lisbon");
        assertThat(api.get("/api/me", ana.auth()).status()).isEqualTo(200); // ana signs in from here; bo never has

        clock.advance(Duration.ofDays(2));
        attackersElsewhereGuess(ana.username());
        attackersElsewhereGuess(bo.username());

        assertThat(api.get("/api/me", ana.auth()).status()).isEqualTo(200);
        assertThat(new Browser("http://localhost:" + port).login(ana.username(), Api.PASSWORD).status()).isEqualTo(200);
        // changed by issue #17, finding 3 (ADR 0301): bo never signed in from here, but no failure came from here
        // either, so the account's limit refuses a wrong password (429) and lets the right one in
        Api.Response refused = api.get("/api/me", Api.Auth.basic(bo.username(), "a wrong guess from here"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("900");
        assertThat(api.get("/api/me", bo.auth()).status()).isEqualTo(200);
        assertThat(new Browser("http://localhost:" + port).login(bo.username(), Api.PASSWORD).status()).isEqualTo(200);

        // ana's address is still subject to its own limits
        for (int i = 0; i < 10; i++) {
            assertThat(api.get("/api/me", Api.Auth.basic(ana.username(), "not the password at all")).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/me", ana.auth()).status()).isEqualTo(429);
    }

    @Test
    void ten_wrong_passwords_for_an_account_are_refused_for_fifteen_minutes_then_the_real_user_gets_in() {
        Api.Patient ana = api.register("Europe/Lisbon");
        Api.Auth wrong = Api.Auth.basic(ana.username(), "not the password at all");
        for (int i = 0; i < 10; i++) {
            assertThat(api.get("/api/me", wrong).status()).isEqualTo(401);
        }
        Api.Response refused = api.get("/api/me", ana.auth());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("900");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(new Browser("http://localhost:" + port).login(ana.username(), Api.PASSWORD).status()).isEqualTo(429);

        // another account from the same address is not held back by this one
        Api.Patient bo = api.register("Europe/Lisbon");
        assertThat(api.get("/api/me", bo.auth()).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(15));
        assertThat(api.get("/api/me", ana.auth()).status()).isEqualTo(200);
    }

    @Test
    void an_address_that_keeps_guessing_is_refused_whatever_the_account() {
        Api.Patient real = api.register("Europe/Lisbon");
        for (int i = 0; i < 30; i++) {
            api.get("/api/me", Api.Auth.basic("guess" + i, "password guess " + i));
        }
        assertThat(api.get("/api/me", real.auth()).status()).isEqualTo(429);
        assertThat(api.get("/api/me", Api.Auth.bearer("bct_00000000000000000000000000000000_" + "a".repeat(43))).status())
                .isEqualTo(429);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(api.get("/api/me", real.auth()).status()).isEqualTo(200);
    }

    @Test
    void bad_bearer_tokens_count_as_guesses() {
        Api.Patient cy = api.register("Europe/Lisbon");
        for (int i = 0; i < 30; i++) {
            assertThat(api.get("/api/me", Api.Auth.bearer("bct_guess" + i)).status()).isEqualTo(401);
        }
        assertThat(api.get("/api/me", cy.auth()).status()).isEqualTo(429);
    }

    @Test
    void guessing_share_links_is_refused_after_twenty_misses() {
        Api.Patient dee = api.register("Europe/Lisbon");
        String token = api.post("/api/me/shares", dee.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":30}")
                .json().get("token").asString();
        for (int i = 0; i < 20; i++) {
            assertThat(api.get("/api/shared/bcs_guess" + i, Api.Auth.NONE).status()).isEqualTo(404);
        }
        Api.Response refused = api.get("/api/shared/" + token, Api.Auth.NONE);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        clock.advance(Duration.ofMinutes(15));
        assertThat(api.get("/api/shared/" + token, Api.Auth.NONE).status()).isEqualTo(200);
    }
}
