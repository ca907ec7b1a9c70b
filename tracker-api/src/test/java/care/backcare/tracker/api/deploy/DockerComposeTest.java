package care.backcare.tracker.api.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so the compose file is checked against the application's own
 * configuration instead: names, ports, credentials and profile must line up.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static Map<String, Object> services;
    private static Map<String, Object> application;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        try (InputStream compose = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(compose).get("services");
        }
        try (InputStream yaml = DockerComposeTest.class.getResourceAsStream("/application.yaml")) {
            application = new Yaml().load(yaml);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }

    @Test
    void images_are_pinned_to_a_version() {
        assertThat(services).containsOnlyKeys("postgres", "tracker");
        services.values().forEach(service -> {
            Object image = ((Map<?, ?>) service).get("image");
            assertThat(image).isNotNull();
            assertThat(image.toString()).matches(".+:[0-9][^:]*").doesNotContain(":latest");
        });
    }

    @Test
    void postgres_keeps_its_data_in_a_volume_and_reports_health() {
        Map<String, Object> postgres = map(services, "postgres");
        assertThat((List<String>) postgres.get("volumes")).anyMatch(volume -> volume.endsWith(":/var/lib/postgresql/data"));
        assertThat(map(postgres, "healthcheck").get("test").toString()).contains("pg_isready");
    }

    @Test
    void the_application_reaches_that_postgres_with_its_credentials_on_the_postgres_profile() {
        Map<String, Object> database = map(map(services, "postgres"), "environment");
        Map<String, Object> tracker = map(services, "tracker");
        Map<String, Object> environment = map(tracker, "environment");

        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
        URI url = URI.create(environment.get("SPRING_DATASOURCE_URL").toString().substring("jdbc:".length()));
        assertThat(url.getScheme()).isEqualTo("postgresql");
        assertThat(url.getHost()).isEqualTo("postgres");
        assertThat(url.getPort()).isEqualTo(5432);
        assertThat(url.getPath()).isEqualTo("/" + database.get("POSTGRES_DB"));
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(database.get("POSTGRES_USER"));
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
        assertThat(map(map(tracker, "depends_on"), "postgres").get("condition")).isEqualTo("service_healthy");
        assertThat(DockerComposeTest.class.getResource("/application-postgres.yaml")).isNotNull();
    }

    @Test
    void the_application_listens_where_compose_publishes_it() {
        Object serverPort = map(application, "server").get("port");
        Map<String, Object> tracker = map(services, "tracker");
        assertThat((List<String>) tracker.get("ports")).containsExactly(serverPort + ":" + serverPort);
        List<String> healthcheck = (List<String>) map(tracker, "healthcheck").get("test");
        // /dev/tcp is a bash feature: CMD-SHELL would run it with the image's /bin/sh (dash) and never pass
        assertThat(healthcheck.subList(0, 3)).containsExactly("CMD", "bash", "-c");
        assertThat(healthcheck.get(3)).contains("/dev/tcp/127.0.0.1/" + serverPort).contains("/actuator/health");
    }

    @Test
    void the_image_is_built_from_this_repository_and_runs_the_packaged_application() throws IOException {
        assertThat(map(services, "tracker").get("build")).isEqualTo(".");
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        Object serverPort = map(application, "server").get("port");
        assertThat(dockerfile)
                .contains("./mvnw -B -q package -DskipTests")
                .contains("COPY --from=build /src/tracker-api/target/app/ /app/") // the extracted layout (ADR 8)
                .contains("\"-jar\", \"/app/tracker-api.jar\"")
                .contains("EXPOSE " + serverPort)
                .contains("USER backcare")
                .contains("COPY jvm.options /app/jvm.options")
                .contains("\"@/app/jvm.options\"")
                .doesNotContain(":latest");
        assertThat(ROOT.resolve("jvm.options")).exists();
    }
}
