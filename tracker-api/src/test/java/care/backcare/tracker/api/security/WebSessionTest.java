package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Browser;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
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

    @Test
    void a_sign_in_posted_from_another_site_is_refused_and_opens_no_session() {
        Api.Patient dee = api.register("Europe/Lisbon");
        String self = "http://localhost:" + port;
        for (Map<String, String> foreign : List.of(
                Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"),
                Map.of("Origin", "http://localhost:" + (port + 1)),
                Map.of("Origin", "https://localhost:" + port),
                Map.of("Referer", "https://evil.example/sign-in-trap.html"),
                Map.of("Origin", "https://evil.example", "Referer", self + "/"))) {
            Browser browser = new Browser(self);
            Api.Response refused = browser.login(dee.username(), Api.PASSWORD, foreign);
            assertThat(refused.status()).as(foreign.toString()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).as(foreign.toString()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).contains("another site");
            assertThat(browser.cookie("JSESSIONID")).as(foreign.toString()).isEmpty();
            assertThat(browser.get("/api/session").status()).as(foreign.toString()).isEqualTo(401);
        }
    }

    @Test
    void a_sign_in_from_the_sites_own_page_or_without_either_header_works() {
        Api.Patient eve = api.register("Europe/Lisbon");
        String self = "http://localhost:" + port;
        for (Map<String, String> own : List.of(
                Map.of("Origin", self),
                Map.of("Referer", self + "/#/today"),
                Map.of("Origin", self, "Referer", "https://evil.example/"), // the Origin is what counts
                Map.<String, String>of())) { // a script or curl: no browser, no login CSRF
            Browser browser = new Browser(self);
            assertThat(browser.login(eve.username(), Api.PASSWORD, own).status()).as(own.toString()).isEqualTo(200);
            assertThat(browser.get("/api/session").json().get("username").asString()).isEqualTo(eve.username());
        }
    }
}
