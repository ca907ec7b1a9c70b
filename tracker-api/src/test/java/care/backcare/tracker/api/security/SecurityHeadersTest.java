package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTest extends PostgresApiTest {

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
        Api.Response notFound = api.get("/api/nothing-here", Api.Patient.class.isRecord() ? api.register("UTC").auth() : null);
        assertThat(notFound.status()).isBetween(400, 499);
        assertThat(notFound.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SELECT");
    }
}
