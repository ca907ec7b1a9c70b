package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.TrackerApplication;
import care.backcare.tracker.api.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded default: an H2 file database under the data directory, which survives a restart. */
class H2SmokeTest {

    @TempDir
    Path dataDir;

    /** Given as a path relative to the working directory, as an operator would type it. */
    private ConfigurableApplicationContext start() {
        Path relative = Path.of("").toAbsolutePath().relativize(dataDir);
        return new SpringApplicationBuilder(TrackerApplication.class)
                .run("--server.port=0", "--tracker.data-dir=" + relative);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void runs_on_h2_by_default_and_keeps_everything_across_a_restart() throws Exception {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        UUID sessionId = UUID.randomUUID();
        Api.Patient patient;
        try (ConfigurableApplicationContext first = start()) {
            Api api = api(first);
            assertThat(api.get("/actuator/health", Api.Auth.NONE).body()).isEqualTo("{\"status\":\"UP\"}");
            patient = api.register("Europe/Lisbon");
            assertThat(api.put("/api/me/sessions/" + sessionId, patient.auth(), Api.session(now, 10, "NONE", "h2"))
                    .status()).isEqualTo(201);
            assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), Api.pain(now, 4, "")).status())
                    .isEqualTo(201);
            await().atMost(Duration.ofSeconds(10)).until(() ->
                    api.get("/api/me/trends?weeks=1", patient.auth()).json().get("weeks").get(0).get("painEntries").asInt() == 1);
        }
        assertThat(Files.list(dataDir)).anySatisfy(file -> assertThat(file.getFileName().toString()).startsWith("backcare"));

        try (ConfigurableApplicationContext second = start()) {
            Api api = api(second);
            assertThat(api.get("/api/me/sessions/" + sessionId, patient.auth()).json().get("notes").asString())
                    .isEqualTo("h2");
            JsonNode week = api.get("/api/me/trends?weeks=1", patient.auth()).json().get("weeks").get(0);
            assertThat(week.get("sessions").asInt()).isEqualTo(1);
            assertThat(week.get("painMean").asDouble()).isEqualTo(4.0);
            // the aggregate too remembers the session: a retry is acknowledged, not recorded again
            assertThat(api.put("/api/me/sessions/" + sessionId, patient.auth(), Api.session(now, 10, "NONE", "h2"))
                    .status()).isEqualTo(200);
        }
    }
}
