package care.backcare.tracker.api.packaged;

import care.backcare.tracker.api.support.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curl walk-through of docs/walkthrough.md, run as written against {@code java -jar} on the embedded H2
 * default and on PostgreSQL. A local socket poses as Axon's update server: it must never be called.
 */
class ReadmeWalkthroughIT {

    private static final Path README = Path.of("..", "docs", "walkthrough.md");

    @TempDir
    Path workDir;

    private ServerSocket phoneHome;
    private final AtomicInteger callsHome = new AtomicInteger();
    private Thread listener;

    @BeforeEach
    void listenForCallsHome() throws IOException {
        phoneHome = new ServerSocket(0);
        phoneHome.setSoTimeout(200);
        listener = Thread.ofVirtual().start(() -> {
            while (!phoneHome.isClosed()) {
                try (var ignored = phoneHome.accept()) {
                    callsHome.incrementAndGet();
                } catch (SocketTimeoutException idle) {
                    // keep listening
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void stopListening() throws Exception {
        phoneHome.close();
        listener.join();
    }

    private Map<String, String> environment() {
        String sink = "http://127.0.0.1:" + phoneHome.getLocalPort() + "/updates";
        return Map.of("AXONIQ_UPDATE_CHECKER_URL", sink);
    }

    private List<String> jvmOptions() {
        return List.of("-Daxoniq.usage.url=http://127.0.0.1:" + phoneHome.getLocalPort() + "/updates");
    }

    static String walkthrough(String baseUrl) throws IOException {
        String readme = Files.readString(README);
        String section = readme.substring(readme.indexOf("# A walk through the API with curl"),
                readme.length());
        Matcher blocks = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(section);
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        while (blocks.find()) {
            script.append(blocks.group(1)).append("\necho\n");
        }
        return script.toString().replace("http://localhost:8080", baseUrl);
    }

    private String run(String script) throws IOException, InterruptedException {
        Path file = workDir.resolve("walkthrough.sh");
        Files.writeString(file, script);
        Process bash = new ProcessBuilder("bash", file.toString()).directory(workDir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        return output;
    }

    private void walkThrough(PackagedServer server) throws Exception {
        String output = run(walkthrough(server.baseUrl()));
        assertThat(output)
                .contains("\"username\":\"ana\"")
                .contains("\"daysPerWeek\":5")
                .contains("\"sessionId\":\"3f1c2a9e-5b7d-4c1e-9a2b-6d8e0f4a1b2c\"")
                .contains("\"urgency\":\"SEE_A_PROFESSIONAL\"")
                .contains("\"sessions\":1,\"activeDays\":1,\"minutes\":12,\"adherence\":1.0,\"painMean\":4.0")
                .contains("\"token\":\"bct_")
                .contains("200 application/pdf")
                .contains("{\"field\":\"score\",\"message\":\"must be less than or equal to 10\"}");
        assertThat(Files.readAllBytes(workDir.resolve("report.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(server.log()).doesNotContain("correct horse battery").doesNotContain("stiff at first");
        assertThat(callsHome).hasValue(0);
    }

    @Test
    void works_as_written_on_the_embedded_default() throws Exception {
        try (PackagedServer server = PackagedServer.start(workDir, environment(), jvmOptions())) {
            walkThrough(server);
        }
        assertThat(workDir.resolve("data")).isDirectory();
    }

    @Test
    void works_as_written_on_postgresql() throws Exception {
        PostgresDatabase.Connection database = PostgresDatabase.fresh();
        Map<String, String> environment = new java.util.HashMap<>(environment());
        environment.put("SPRING_DATASOURCE_URL", database.url());
        environment.put("SPRING_DATASOURCE_USERNAME", database.username());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
        try (PackagedServer server = PackagedServer.start(workDir, environment, jvmOptions(),
                "--spring.profiles.active=postgres")) {
            walkThrough(server);
        }
    }
}
