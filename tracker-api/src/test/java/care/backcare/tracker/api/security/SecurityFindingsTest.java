package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Browser;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings of the security test (issue #17), each reproduced over HTTP. */
class SecurityFindingsTest extends PostgresApiTest {

    @Autowired
    Throttle throttle;

    private static String base64(String username, String password) {
        return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String browserBase() {
        return "http://localhost:" + port;
    }

    // finding 1
    @Test
    void a_basic_scheme_in_any_spelling_spring_accepts_is_throttled_like_the_canonical_one() {
        Api.Patient ana = api.register("Europe/Lisbon");
        for (int i = 0; i < 10; i++) {
            assertThat(api.get("/api/me", new Api.Auth("BasicX" + base64(ana.username(), "wrong password " + i))).status())
                    .isEqualTo(401);
        }
        assertThat(api.get("/api/me", ana.auth()).status()).as("wrong guesses in any spelling count").isEqualTo(429);
        assertThat(api.get("/api/me", new Api.Auth("BasicX" + base64(ana.username(), Api.PASSWORD))).status())
                .isEqualTo(429);
        assertThat(api.get("/api/me", new Api.Auth("Basic\t" + base64(ana.username(), Api.PASSWORD))).status())
                .isEqualTo(429);
    }

    // finding 3
    @Test
    void the_owner_gets_in_from_a_new_address_while_others_keep_the_account_over_its_limit() {
        Api.Patient bo = api.register("Europe/Lisbon");
        for (int address = 1; address <= 5; address++) {
            for (int i = 0; i < 10; i++) {
                throttle.signInFailed("203.0.113." + address, bo.username());
            }
        }
        // bo never signed in from 127.0.0.1, and no failure came from here
        assertThat(api.get("/api/me", bo.auth()).status()).isEqualTo(200);

        // an attacker from a new address gets a few checked guesses, all refused as throttled, then none
        Api.Patient cy = api.register("Europe/Lisbon");
        for (int address = 1; address <= 5; address++) {
            for (int i = 0; i < 10; i++) {
                throttle.signInFailed("203.0.113." + address, cy.username());
            }
        }
        for (int i = 0; i < 3; i++) {
            Api.Response refused = api.get("/api/me", Api.Auth.basic(cy.username(), "another guess " + i));
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isNotNull();
        }
        assertThat(api.get("/api/me", cy.auth()).status()).as("not checked any more from here").isEqualTo(429);
    }

    // finding 5
    @Test
    void changing_the_password_needs_the_current_one_and_can_sign_out_everywhere() {
        Api.Patient dee = api.register("Europe/Lisbon");
        String token = api.post("/api/me/tokens", dee.auth(), "{\"name\":\"phone\"}").json().get("token").asString();
        Browser other = new Browser(browserBase());
        assertThat(other.login(dee.username(), Api.PASSWORD).status()).isEqualTo(200);
        Browser mine = new Browser(browserBase());
        assertThat(mine.login(dee.username(), Api.PASSWORD).status()).isEqualTo(200);
        mine.get("/api/session");

        Api.Response wrong = api.put("/api/me/password", dee.auth(),
                "{\"currentPassword\":\"not it at all\",\"newPassword\":\"amber falcon orchard tide\",\"signOutEverywhere\":true}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/me", dee.auth()).status()).as("nothing changed").isEqualTo(200);
        assertThat(api.get("/api/me", Api.Auth.bearer(token)).status()).isEqualTo(200);
        assertThat(other.get("/api/session").status()).isEqualTo(200);

        Api.Response common = mine.send("PUT", "/api/me/password",
                "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"password1234\",\"signOutEverywhere\":true}", true);
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.body()).contains("newPassword").contains("too common");

        Api.Response changed = mine.send("PUT", "/api/me/password",
                "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"amber falcon orchard tide\",\"signOutEverywhere\":true}", true);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/me", dee.auth()).status()).as("the old password").isEqualTo(401);
        assertThat(api.get("/api/me", Api.Auth.basic(dee.username(), "amber falcon orchard tide")).status()).isEqualTo(200);
        assertThat(api.get("/api/me", Api.Auth.bearer(token)).status()).as("every token").isEqualTo(401);
        assertThat(other.get("/api/session").status()).as("every other session").isEqualTo(401);
        assertThat(mine.get("/api/session").status()).as("this session").isEqualTo(200);
    }

    @Test
    void a_password_change_without_signing_out_everywhere_keeps_tokens_and_sessions() {
        Api.Patient eve = api.register("Europe/Lisbon");
        String token = api.post("/api/me/tokens", eve.auth(), "{\"name\":\"phone\"}").json().get("token").asString();
        Browser other = new Browser(browserBase());
        assertThat(other.login(eve.username(), Api.PASSWORD).status()).isEqualTo(200);
        assertThat(api.put("/api/me/password", eve.auth(),
                "{\"currentPassword\":\"" + Api.PASSWORD + "\",\"newPassword\":\"amber falcon orchard tide\",\"signOutEverywhere\":false}")
                .status()).isEqualTo(204);
        assertThat(api.get("/api/me", Api.Auth.bearer(token)).status()).isEqualTo(200);
        assertThat(other.get("/api/session").status()).isEqualTo(200);
    }

    @Test
    void personal_tokens_expire_and_an_expired_one_is_refused_like_a_revoked_one() {
        Api.Patient fay = api.register("Europe/Lisbon");
        assertThat(api.post("/api/me/tokens", fay.auth(), "{\"name\":\"x\",\"expiresInDays\":0}").status()).isEqualTo(400);
        assertThat(api.post("/api/me/tokens", fay.auth(), "{\"name\":\"x\",\"expiresInDays\":731}").status()).isEqualTo(400);
        Api.Response issued = api.post("/api/me/tokens", fay.auth(), "{\"name\":\"week\",\"expiresInDays\":1}");
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        api.post("/api/me/tokens", fay.auth(), "{\"name\":\"default\"}");

        assertThat(issued.json().get("expiresAt").asString()).isEqualTo("2026-11-19T12:00:00Z");
        java.util.Map<String, String> expiries = new java.util.HashMap<>();
        api.get("/api/me/tokens", fay.auth()).json().forEach(t -> expiries.put(t.get("name").asString(), t.get("expiresAt").asString()));
        assertThat(expiries).containsEntry("week", "2026-11-19T12:00:00Z").containsEntry("default", "2027-11-18T12:00:00Z");

        clock.advance(Duration.ofDays(1).minusSeconds(1));
        assertThat(api.get("/api/me", Api.Auth.bearer(token)).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get("/api/me", Api.Auth.bearer(token)).status()).isEqualTo(401);
        assertThat(api.get("/api/me/tokens", fay.auth()).json().size()).isEqualTo(1);
    }

    @Test
    void a_web_session_ends_seven_days_after_its_sign_in_however_active() {
        Api.Patient gil = api.register("Europe/Lisbon");
        Browser browser = new Browser(browserBase());
        assertThat(browser.login(gil.username(), Api.PASSWORD).status()).isEqualTo(200);
        for (int day = 0; day < 6; day++) {
            clock.advance(Duration.ofDays(1));
            assertThat(browser.get("/api/session").status()).isEqualTo(200);
        }
        clock.advance(Duration.ofDays(1));
        assertThat(browser.get("/api/session").status()).isEqualTo(401);
    }

    // finding 7
    @Test
    void common_passwords_and_passwords_with_the_username_are_refused_at_registration() {
        Api.Response common = api.post("/api/accounts", Api.Auth.NONE,
                "{\"username\":\"hal\",\"password\":\"password1234\",\"displayName\":\"Hal\",\"timeZone\":\"UTC\"}");
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        Api.Response xkcd = api.post("/api/accounts", Api.Auth.NONE,
                "{\"username\":\"hal\",\"password\":\"correct horse battery staple\",\"displayName\":\"Hal\",\"timeZone\":\"UTC\"}");
        assertThat(xkcd.status()).isEqualTo(400);
        Api.Response username = api.post("/api/accounts", Api.Auth.NONE,
                "{\"username\":\"halvorsen\",\"password\":\"my name is HALVORSEN ok\",\"displayName\":\"Hal\",\"timeZone\":\"UTC\"}");
        assertThat(username.status()).isEqualTo(400);
        assertThat(username.body()).contains("username");
        assertThat(api.get("/api/me", Api.Auth.basic("halvorsen", "my name is HALVORSEN ok")).status()).isEqualTo(401);
    }

    @Test
    void a_password_is_the_same_whichever_way_its_accents_were_typed() {
        String composed = "caf\u00e9 cr\u00e8me au lait";
        String decomposed = "cafe\u0301 cre\u0300me au lait";
        String username = "nfkc" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        assertThat(api.post("/api/accounts", Api.Auth.NONE, "{\"username\":\"" + username + "\",\"password\":\"" + decomposed
                + "\",\"displayName\":\"N\",\"timeZone\":\"UTC\"}").status()).isEqualTo(201);
        assertThat(api.get("/api/me", Api.Auth.basic(username, composed)).status()).isEqualTo(200);
        assertThat(new Browser(browserBase()).login(username, composed).status()).isEqualTo(200);
    }

    // low: sign-in credentials only in the body; clinical responses never cached
    @Test
    void sign_in_credentials_in_the_query_string_are_refused() {
        Api.Patient ivy = api.register("Europe/Lisbon");
        Api.Response refused = api.send("POST", "/api/session?username=" + ivy.username() + "&password="
                + Api.PASSWORD.replace(" ", "+"), Api.Auth.NONE, "", "application/x-www-form-urlencoded");
        assertThat(refused.status()).isEqualTo(400);
    }

    @Test
    void a_form_body_sent_chunked_is_held_to_the_same_64_kib_limit() throws Exception {
        byte[] form = ("username=someone&password=" + "x".repeat(70_000)).getBytes(StandardCharsets.US_ASCII);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(browserBase() + "/api/session"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form)))
                .build();
        assertThat(java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    }

    @Test
    void responses_with_clinical_data_are_not_stored() {
        Api.Patient jo = api.register("Europe/Lisbon");
        assertThat(api.get("/api/me", jo.auth()).header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.get("/api/me/tokens", jo.auth()).header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.get("/api/shared/bcs_nothing", Api.Auth.NONE).header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_host_name_not_on_the_allow_list_is_refused() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/stretches HTTP/1.1\r\nHost: rebound.attacker.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
        assertThat(api.get("/api/stretches", Api.Auth.NONE).status()).isEqualTo(200);
    }
}
