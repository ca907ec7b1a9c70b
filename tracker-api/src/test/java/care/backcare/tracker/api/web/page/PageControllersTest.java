package care.backcare.tracker.api.web.page;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.session.SessionSafety;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the server does for the web pages besides the API: the physiotherapist's page, and the page context. */
class PageControllersTest extends PostgresApiTest {

    @Test
    void an_active_link_serves_the_read_only_page_and_records_no_use_by_itself() {
        Api.Patient ana = api.register("Europe/Lisbon");
        String token = share(ana);

        Api.Response page = api.get("/shared/" + token, Api.Auth.NONE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(page.body()).contains("/js/shared-page.js").doesNotContain(token);
        // the page's own data request is the one use: had serving the page counted, there would be two
        assertThat(api.get("/api/shared/" + token, Api.Auth.NONE).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(
                () -> api.get("/api/me/shares", ana.auth()).json().get(0).get("accessCount").asLong() == 1);
        assertThat(api.get("/api/me/shares", ana.auth()).json().get(0).get("accessCount").asLong()).isEqualTo(1);
    }

    @Test
    void unknown_tampered_and_revoked_links_all_get_the_same_friendly_not_valid_page() {
        Api.Patient bo = api.register("Europe/Lisbon");
        String revoked = share(bo);
        String shareId = api.get("/api/me/shares", bo.auth()).json().get(0).get("shareId").asString();
        assertThat(api.delete("/api/me/shares/" + shareId, bo.auth()).status()).isEqualTo(204);
        String active = share(bo);
        String tampered = active.substring(0, active.length() - 1) + (active.endsWith("A") ? "B" : "A");

        String first = null;
        for (String token : new String[]{revoked, tampered, "not-a-token", "bcs_0123456789abcdef0123456789abcdef_x"}) {
            Api.Response page = api.get("/shared/" + token, Api.Auth.NONE);
            assertThat(page.status()).as(token).isEqualTo(404);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.header("Cache-Control")).contains("no-store");
            assertThat(page.body()).contains("This link is not valid").doesNotContain(token).doesNotContain("Test ");
            first = first == null ? page.body() : first;
            assertThat(page.body()).isEqualTo(first);
        }
        assertThat(api.get("/shared/" + active, Api.Auth.NONE).status()).isEqualTo(200);
    }

    @Test
    void the_page_context_carries_the_domains_red_flag_questions_advice_and_the_server_clock() {
        JsonNode context = api.get("/page-context", Api.Auth.NONE).json();

        assertThat(context.get("now").asString()).isEqualTo("2026-11-18T12:00:00Z");
        assertThat(context.get("redFlags")).hasSize(RedFlag.values().length);
        for (JsonNode flag : context.get("redFlags")) {
            RedFlag redFlag = RedFlag.valueOf(flag.get("id").asString());
            assertThat(flag.get("question").asString()).isEqualTo(redFlag.question());
            assertThat(flag.get("label").asString()).isEqualTo(redFlag.label());
            // v1.1: the level of the triage table, and urgency as v1 clients know it
            assertThat(flag.get("level").asString()).isEqualTo(RedFlagTriage.LEVELS.get(redFlag).name());
            assertThat(flag.get("urgency").asString()).isEqualTo(RedFlagTriage.LEVELS.get(redFlag).urgency().name());
            assertThat(flag.get("asked").asBoolean()).isEqualTo(redFlag.asked());
        }
        assertThat(context.get("advice").get("EMERGENCY").asString()).isEqualTo(RedFlagTriage.EMERGENCY_ADVICE);
        assertThat(context.get("advice").get("SAME_DAY").asString()).isEqualTo(RedFlagTriage.SAME_DAY_ADVICE);
        assertThat(context.get("advice").get("SOON").asString()).isEqualTo(RedFlagTriage.SOON_ADVICE);
        assertThat(context.get("safetyNet").asString()).isEqualTo(RedFlagTriage.SAFETY_NET);
        assertThat(context.get("legSymptomAlternatives").get("seated-forward-fold").asString()).isEqualTo("knee-to-chest");
        assertThat(context.get("sharpPainAdvice").asString()).isEqualTo(SessionSafety.SHARP_PAIN_ADVICE);
    }

    @Test
    void the_overview_draws_its_charts_at_the_width_the_page_asks_for_ready_for_an_img_tag() {
        Api.Patient cy = api.register("Europe/Lisbon");
        JsonNode charts = api.get("/api/me/overview?weeks=4&chartWidth=300", cy.auth()).json().get("charts");

        String progress = svg(charts.get("progress").asString());
        assertThat(progress).contains("width='300").contains("viewBox='0.0 0.0 300.0 300.0'")
                .doesNotContain("font-family: '");
        assertThat(svg(charts.get("association").asString())).contains("viewBox='0.0 0.0 300.0 320.0'");
        assertThat(api.get("/api/me/overview?chartWidth=100", cy.auth()).status()).isEqualTo(400);
        assertThat(api.get("/api/me/overview", cy.auth()).json().get("charts").get("progress").asString())
                .satisfies(uri -> assertThat(svg(uri)).contains("viewBox='0.0 0.0 720.0 300.0'"));
    }

    private String share(Api.Patient patient) {
        Api.Response granted = api.post("/api/me/shares", patient.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":30}");
        assertThat(granted.status()).isEqualTo(201);
        return granted.json().get("token").asString();
    }

    private static String svg(String dataUri) {
        assertThat(dataUri).startsWith("data:image/svg+xml;base64,");
        return new String(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)), StandardCharsets.UTF_8);
    }
}
