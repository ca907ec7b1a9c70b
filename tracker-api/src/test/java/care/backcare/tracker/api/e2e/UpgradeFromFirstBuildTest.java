package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.TrackerApplication;
import care.backcare.tracker.api.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A database written by the first build (Axon on JPA and Hibernate, two copies of migration V1) starts with this
 * build (Axon's JDBC engine, one V1 with a placeholder) and keeps its history and read models. The fixture is an
 * H2 {@code SCRIPT} of a data directory the first build wrote: one patient (olga) with a routine, five sessions,
 * five pain entries and a share link opened twice.
 */
class UpgradeFromFirstBuildTest {

    private static final String SESSION_1 = "00000000-0000-4000-8000-000000000001";
    private static final String SESSION_6 = "00000000-0000-4000-8000-000000000006";
    private static final String WINDOW = "?from=2026-10-15&to=2026-11-30";

    @TempDir
    Path dataDir;

    @Test
    void a_database_written_by_the_first_build_starts_with_its_history_and_read_models() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("backcare")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:first-build/h2-database.sql'");
        }

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class)
                .run("--server.port=0", "--tracker.data-dir=" + dataDir)) {
            Api api = new Api("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
            Api.Auth olga = Api.Auth.basic("olga", "correct-horse-battery");
            JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));

            assertThat(jdbc.sql("select checksum from \"flyway_schema_history\" where version = '1'")
                    .query(Integer.class).single()).isNotEqualTo(1037152326);
            assertThat(api.get("/api/me", olga).json().get("displayName").asString()).isEqualTo("Olga");
            assertThat(api.get("/api/me/sessions" + WINDOW, olga).json()).hasSize(5);
            assertThat(api.get("/api/me/pain" + WINDOW, olga).json()).hasSize(5);
            assertThat(api.get("/api/me/routine", olga).json().get("stretches").get(0).asString())
                    .isEqualTo("childs-pose");
            JsonNode share = api.get("/api/me/shares", olga).json().get(0);
            assertThat(share.get("recipient").asString()).isEqualTo("Dr Physio");
            assertThat(share.get("accessCount").asInt()).isEqualTo(2);

            // the aggregate reads its history from the old rows: a session it has is acknowledged, not recorded
            // again; a new one is appended after the old events
            String session = """
                    {"completedAt":"2026-11-01T08:00:00Z","durationMinutes":15,
                     "exercises":[{"stretch":"childs-pose","holdSeconds":30,"reps":1}],"painDuring":"NONE","notes":"day 01"}""";
            assertThat(api.put("/api/me/sessions/" + SESSION_1, olga, session).status()).isEqualTo(200);
            assertThat(api.put("/api/me/sessions/" + SESSION_6, olga,
                    Api.session("2026-11-06T08:00:00Z", 10, "NONE", "day 06")).status()).isEqualTo(201);
            assertThat(jdbc.sql("select count(*) from domain_event_entry where global_index > 15")
                    .query(Long.class).single()).isEqualTo(1L);
            // the read models went on from their stored positions
            await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/me/sessions" + WINDOW, olga).json().size() == 6);
        }
    }
}
