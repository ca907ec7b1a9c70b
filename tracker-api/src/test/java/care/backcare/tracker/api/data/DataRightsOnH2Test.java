package care.backcare.tracker.api.data;

import care.backcare.tracker.api.TrackerApplication;
import care.backcare.tracker.api.operations.ReadModelRebuild;
import care.backcare.tracker.api.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The embedded default: erasure through the API leaves nothing of the patient in any H2 table or the log. */
@ExtendWith(OutputCaptureExtension.class)
class DataRightsOnH2Test {

    @TempDir
    Path dataDir;

    @Test
    void on_h2_an_erased_patient_leaves_no_word_in_any_table_and_a_master_key_file_is_made_for_the_owner_only(
            CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrackerApplication.class)
                .run("--server.port=0", "--tracker.data-dir=" + dataDir)) {
            Api api = new Api("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ReadModelRebuild rebuild = app.getBean(ReadModelRebuild.class);
            String now = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString();
            String note = "my neighbour's dog " + UUID.randomUUID();
            String recipient = "Dr. Ferreira " + UUID.randomUUID().toString().substring(0, 6);

            Api.Patient ana = api.register("Europe/Lisbon");
            Api.Patient ben = api.register("Europe/Lisbon");
            api.put("/api/me/sessions/" + UUID.randomUUID(), ana.auth(), Api.session(now, 10, "NONE", note));
            api.put("/api/me/pain/" + UUID.randomUUID(), ben.auth(), Api.pain(now, 4, ""));
            api.post("/api/me/shares", ana.auth(), "{\"recipient\":\"" + recipient + "\",\"expiresInDays\":5}");
            await().atMost(Duration.ofSeconds(20)).until(() -> rebuild.isCaughtUp()
                    && scan(jdbc).contains(note) && scan(jdbc).contains(recipient));
            String bensTrends = api.get("/api/me/trends?weeks=4", ben.auth()).body();

            assertThat(api.send("DELETE", "/api/me", ana.auth(), "{\"password\":\"" + Api.PASSWORD + "\"}").status())
                    .isEqualTo(204);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                String everything = scan(jdbc);
                for (String word : List.of(note, recipient, ana.username(), "Test " + ana.username())) {
                    assertThat(everything).describedAs(word).doesNotContain(word);
                }
            });
            assertThat(output.getAll()).doesNotContain(note).doesNotContain(recipient);
            assertThat(api.get("/api/me", ana.auth()).status()).isEqualTo(401);
            assertThat(api.get("/api/me/trends?weeks=4", ben.auth()).body()).isEqualTo(bensTrends);
        }
        Path key = dataDir.resolve("master.key");
        assertThat(Files.readString(key, StandardCharsets.US_ASCII).strip()).hasSize(44);
        if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
            assertThat(Files.getPosixFilePermissions(key))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
        assertThat(output.getAll()).contains("No master key was configured");
    }

    @Test
    void snapshots_are_encrypted_too_and_a_patient_is_loaded_from_one_after_a_restart() {
        String[] args = {"--server.port=0", "--tracker.data-dir=" + dataDir, "--tracker.snapshot-threshold=3"};
        String now = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).toString();
        Api.Patient ana;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrackerApplication.class).run(args)) {
            Api api = new Api("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            ana = api.register("Europe/Lisbon");
            for (int i = 0; i < 5; i++) {
                api.put("/api/me/sessions/" + UUID.randomUUID(), ana.auth(), Api.session(now, 10 + i, "NONE", "snap " + i));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "select count(*) from snapshot_event_entry where aggregate_identifier = ?")
                    .param(ana.id().toString()).query(Long.class).single() > 0);
            assertThat(jdbc.sql("select payload from snapshot_event_entry where aggregate_identifier = ?")
                    .param(ana.id().toString()).query(byte[].class).list())
                    .allSatisfy(payload -> assertThat(care.backcare.tracker.api.data.protection.PayloadCipher
                            .isEncrypted(payload)).isTrue());
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrackerApplication.class).run(args)) {
            Api api = new Api("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            UUID again = UUID.randomUUID();
            // the first command after a restart loads the patient from the encrypted snapshot
            assertThat(api.put("/api/me/sessions/" + again, ana.auth(), Api.session(now, 30, "NONE", "after")).status())
                    .isEqualTo(201);
            assertThat(api.put("/api/me/sessions/" + again, ana.auth(), Api.session(now, 30, "NONE", "after")).status())
                    .isEqualTo(200);
            assertThat(api.send("DELETE", "/api/me", ana.auth(), "{\"password\":\"" + Api.PASSWORD + "\"}").status())
                    .isEqualTo(204);
            // deleted at erasure; one taken meanwhile is either under the destroyed key or of the emptied aggregate
            assertThat(jdbc.sql("select payload from snapshot_event_entry where aggregate_identifier = ?")
                    .param(ana.id().toString()).query(byte[].class).list())
                    .allSatisfy(payload -> assertThat(new String(payload, StandardCharsets.UTF_8)).doesNotContain("Lisbon"));
            assertThat(api.get("/api/me", ana.auth()).status()).isEqualTo(401);
        }
    }

    private static String scan(JdbcClient jdbc) {
        StringBuilder all = new StringBuilder();
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema "
                + "and table_type = 'BASE TABLE'").query(String.class).list();
        assertThat(tables).contains("domain_event_entry", "patient_key");
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.sql("select * from " + table).query().listOfRows()) {
                for (Object value : row.values()) {
                    all.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value).append('\n');
                }
            }
        }
        return all.toString();
    }
}
