package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SecurityHeadersTest extends PostgresApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_response_carries_the_protective_headers() {
        for (String path : new String[]{"/api/stretches", "/api/me", "/actuator/health", "/api/shared/nothing"}) {
            Api.Response response = api.get(path, Api.Auth.NONE);
            assertThat(response.header("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
    }

    @Test
    void cross_origin_requests_are_refused_by_default() throws Exception {
        HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/me/sessions/" + java.util.UUID.randomUUID()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.statusCode()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void errors_carry_no_internals() {
        Api.Response notFound = api.get("/api/nothing-here", api.register("UTC").auth());
        assertThat(notFound.status()).isBetween(400, 499);
        assertThat(notFound.header("Content-Type")).startsWith("application/problem+json");
        assertThat(notFound.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SELECT");
    }

    /** What a failure deep inside could put in an answer, none of which a client may see. */
    private static final List<String> INTERNALS = List.of("exception", "error:", "\tat ", "at org.", "at care.", "at java.",
            ".java", "org.", "java.", "care.backcare", "axon", "hibernate", "jdbc", "postgres", "psql", "sql", "select ",
            " from ", " where ", "relation", "pain_log", "caused by", "stack", "trace");

    @Test
    void a_server_error_answers_a_bare_problem_without_stack_traces_classes_sql_or_tables() {
        Api.Patient patient = api.register("UTC");
        String entry = UUID.randomUUID().toString();
        assertThat(api.put("/api/me/pain/" + entry, patient.auth(), Api.pain("2026-11-18T07:00:00Z", 4, "")).status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/pain/" + entry, patient.auth()).status() == 200);

        jdbc.sql("alter table pain_log rename to pain_log_away").update();
        try {
            for (String path : List.of("/api/me/pain", "/api/me/pain/" + entry, "/api/me/reports/weekly")) {
                Api.Response failed = api.get(path, patient.auth());
                assertThat(failed.status()).as(path).isEqualTo(500);
                assertThat(failed.header("Content-Type")).as(path).startsWith("application/problem+json");
                JsonNode problem = failed.json();
                assertThat(problem.propertyNames()).as(path).isSubsetOf("type", "title", "status", "detail", "instance");
                assertThat(problem.get("status").asInt()).isEqualTo(500);
                for (String internal : INTERNALS) {
                    assertThat(failed.body()).as(path).doesNotContainIgnoringCase(internal);
                }
            }
        } finally {
            jdbc.sql("alter table pain_log_away rename to pain_log").update();
        }
        assertThat(api.get("/api/me/pain/" + entry, patient.auth()).status()).isEqualTo(200);
    }
}
