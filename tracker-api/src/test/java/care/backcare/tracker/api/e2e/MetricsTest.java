package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /actuator/prometheus}: the operator's, with requests by URI template, Axon's figures, JVM and pool. */
class MetricsTest extends PostgresApiTest {

    private static final String SCRAPE = "/actuator/prometheus";

    @Test
    void only_the_operator_may_scrape() {
        Api.Patient patient = api.register("Europe/Lisbon");

        Api.Response anonymous = api.get(SCRAPE, Api.Auth.NONE);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.body()).doesNotContain("jvm_");

        Api.Response wrongToken = api.get(SCRAPE, Api.Auth.bearer(OPERATOR_TOKEN.replace('0', '1')));
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
        assertThat(wrongToken.body()).doesNotContain("jvm_");

        Api.Response asPatient = api.get(SCRAPE, patient.auth());
        assertThat(asPatient.status()).isEqualTo(403);
        assertThat(asPatient.body()).doesNotContain("jvm_");
    }

    @Test
    void the_scrape_has_requests_by_template_commands_processors_lag_jvm_and_pool_and_no_secret() {
        Api.Patient patient = api.register("Europe/Lisbon");
        assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(),
                Api.pain("2026-11-18T08:00:00Z", 3, "")).status()).isEqualTo(201);
        String share = api.post("/api/me/shares", patient.auth(),
                "{\"recipient\":\"Dr. Silva (physio)\",\"expiresInDays\":30}").json().get("token").asString();
        String feed = api.post("/api/me/calendar-feed", patient.auth(), null).json().get("url").asString()
                .replaceFirst("^https?://[^/]+", "");
        String feedToken = feed.substring("/calendar/".length(), feed.length() - ".ics".length());
        String guessed = "bcs_" + UUID.randomUUID().toString().replace("-", "");
        assertThat(api.get("/api/shared/" + share, Api.Auth.NONE).status()).isEqualTo(200);
        assertThat(api.get("/api/shared/" + share + "/trends?weeks=4", Api.Auth.NONE).status()).isEqualTo(200);
        assertThat(api.get("/shared/" + share, Api.Auth.NONE).status()).isEqualTo(200);
        assertThat(api.get(feed, Api.Auth.NONE).status()).isEqualTo(200);
        assertThat(api.get("/api/shared/" + guessed, Api.Auth.NONE).status()).isEqualTo(404);
        assertThat(api.get("/no/such/" + guessed, Api.Auth.NONE).status()).isEqualTo(404);

        Api.Auth operator = Api.Auth.bearer(OPERATOR_TOKEN);
        // the lag is read from the token store every few seconds: wait for the read models to have caught up
        String scrape = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.get(SCRAPE, operator).body(),
                        body -> body.contains("backcare_readmodels_lag_events{processor=\"read-models\",segment=\"0\"} 0.0")
                                && body.contains("uri=\"/api/shared/{token}/trends\""));

        assertThat(lines(scrape, "http_server_requests_seconds_count{"))
                .anyMatch(line -> line.contains("method=\"PUT\"") && line.contains("uri=\"/api/me/pain/{entryId}\""))
                .anyMatch(line -> line.contains("status=\"200\"") && line.contains("uri=\"/api/shared/{token}\""))
                .anyMatch(line -> line.contains("status=\"404\"") && line.contains("uri=\"/api/shared/{token}\""))
                .anyMatch(line -> line.contains("uri=\"/shared/{token}\""))
                .anyMatch(line -> line.contains("uri=\"/calendar/{token}.ics\""));
        assertThat(lines(scrape, "http_server_requests_seconds_bucket{"))
                .anyMatch(line -> line.contains("le=\"0.1\"") && line.contains("uri=\"/api/me/pain/{entryId}\""));
        assertThat(lines(scrape, "backcare_commands_seconds_count{"))
                .anyMatch(line -> line.contains("outcome=\"success\""));
        assertThat(lines(scrape, "backcare_events_handled_seconds_count{"))
                .anyMatch(line -> line.contains("processor=\"read-models\"") && line.contains("outcome=\"success\""))
                .anyMatch(line -> line.contains("processor=\"access\""));
        assertThat(lines(scrape, "backcare_readmodels_lag_events{")).hasSize(4);
        assertThat(lines(scrape, "backcare_events_head ")).singleElement()
                .satisfies(line -> assertThat(Double.parseDouble(line.substring(line.indexOf(' ') + 1))).isPositive());
        assertThat(scrape).contains("jvm_memory_used_bytes{", "jvm_gc_", "hikaricp_connections_active{pool=\"tracker\"}",
                "process_cpu_usage");

        // no address as it was asked for: no secret of a link or a feed, no guess, no patient
        for (String secret : List.of(share, share.substring(share.length() - 24), feedToken,
                feedToken.substring(feedToken.length() - 24), guessed, "/no/such/", patient.username(),
                patient.id().toString())) {
            assertThat(scrape).as("the scrape mentions %s", secret).doesNotContain(secret);
        }
    }

    private static List<String> lines(String scrape, String prefix) {
        return scrape.lines().filter(line -> line.startsWith(prefix)).toList();
    }
}
