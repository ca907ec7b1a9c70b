package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17, finding 4, with the TLS advice followed (forwarded headers on) but no proxy named: a client
 * on a loopback or private address can neither choose the address the limits count, nor the host of the
 * share links it is handed.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native",
        "tracker.public-base-url=https://backcare.example.org"})
class ForwardedHeadersTest extends PostgresApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private int get(String path, String authorization, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("X-Forwarded-For", forwardedFor).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void a_forwarded_address_from_an_untrusted_client_does_not_escape_the_per_address_limit() throws Exception {
        Api.Patient ana = api.register("Europe/Lisbon");
        for (int i = 0; i < 30; i++) {
            String guess = "Basic " + Base64.getEncoder().encodeToString(("guess" + i + ":password guess " + i)
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(get("/api/me", guess, "198.51.100." + (i + 1))).isEqualTo(401);
        }
        assertThat(get("/api/me", ana.auth().header(), "198.51.100.200")).isEqualTo(429);
    }

    @Test
    void share_links_start_with_the_public_base_url_whatever_host_is_forwarded() throws Exception {
        Api.Patient bo = api.register("Europe/Lisbon");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/shares"))
                .header("Authorization", bo.auth().header()).header("Content-Type", "application/json")
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "http")
                .POST(HttpRequest.BodyPublishers.ofString("{\"recipient\":\"Dr. Silva\",\"expiresInDays\":30}")).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"url\":\"https://backcare.example.org/shared/bcs_");
    }
}
