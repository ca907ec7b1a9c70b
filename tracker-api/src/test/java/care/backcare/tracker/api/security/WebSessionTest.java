package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Browser;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The web page's cookie session: a form login, CSRF on every write, a real sign-out. */
class WebSessionTest extends PostgresApiTest {

    @Test
    void a_signed_in_page_writes_only_with_the_csrf_token_and_signing_out_ends_the_session() {
        Api.Patient ana = api.register("Europe/Lisbon");
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(browser.get("/api/session").status()).isEqualTo(401);

        Api.Response login = browser.login(ana.username(), Api.PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("username").asString()).isEqualTo(ana.username());
        String cookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(browser.get("/api/session").json().get("username").asString()).isEqualTo(ana.username());
        assertThat(browser.cookie("XSRF-TOKEN")).isPresent();

        String session = Api.session("2026-11-18T07:00:00Z", 10, "NONE", null);
        Api.Response forged = browser.send("PUT", "/api/me/sessions/" + UUID.randomUUID(), session, false);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("detail").asString()).contains("CSRF");
        assertThat(browser.send("PUT", "/api/me/sessions/" + UUID.randomUUID(), session, true).status()).isEqualTo(201);
        assertThat(browser.send("POST", "/api/me/shares", "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":7}", true)
                .status()).isEqualTo(201);

        assertThat(browser.send("DELETE", "/api/session", null, false).status()).isEqualTo(403);
        assertThat(browser.send("DELETE", "/api/session", null, true).status()).isEqualTo(204);
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void signing_in_replaces_the_session_id() {
        Api.Patient bo = api.register("Europe/Lisbon");
        Browser browser = new Browser("http://localhost:" + port);
        browser.login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "wrong password!!");
        browser.get("/api/stretches");
        String before = browser.cookie("JSESSIONID").orElse("none");
        assertThat(browser.login(bo.username(), Api.PASSWORD).status()).isEqualTo(200);
        assertThat(browser.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void a_failed_page_login_is_401_without_a_browser_dialog() {
        Api.Patient cy = api.register("Europe/Lisbon");
        Browser browser = new Browser("http://localhost:" + port);
        Api.Response failed = browser.login(cy.username(), "not the password");
        assertThat(failed.status()).isEqualTo(401);
        assertThat(failed.header("WWW-Authenticate")).isNull();
        assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(browser.get("/api/me").header("WWW-Authenticate")).isNull();
    }
}
