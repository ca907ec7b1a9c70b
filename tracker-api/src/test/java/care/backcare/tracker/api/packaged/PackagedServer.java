package care.backcare.tracker.api.packaged;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application, started as {@code ./backcare run} and an operator start it: {@code java -jar
 * target/app/tracker-api.jar}, the executable jar's extracted layout (its classes and a Class-Path to lib/).
 */
public final class PackagedServer implements AutoCloseable {

    public static final Path JAR = Path.of("target", "app", "tracker-api.jar").toAbsolutePath();
    /** Generous: on a shared two-core machine a start has been seen to take over a minute. */
    static final Duration STARTUP_LIMIT = Duration.ofSeconds(Long.getLong("packaged.startup-seconds", 180));

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static PackagedServer start(Path workDir, Map<String, String> environment, List<String> jvmOptions,
                                       String... arguments) throws IOException, InterruptedException {
        return start(freePort(), workDir, environment, jvmOptions, arguments);
    }

    /** On a given port: a server restarted after a crash answers where its clients expect it. */
    public static PackagedServer start(int port, Path workDir, Map<String, String> environment, List<String> jvmOptions,
                                       String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.add("--server.port=" + port);
        command.addAll(List.of(arguments));
        Path log = workDir.resolve("server-" + port + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        PackagedServer server = new PackagedServer(builder.start(), log, port);
        try {
            server.awaitHealthy(STARTUP_LIMIT);
        } catch (IOException | InterruptedException | RuntimeException notHealthy) {
            server.kill(); // never leave a half-started server behind
            throw notHealthy;
        }
        return server;
    }

    private void awaitHealthy(Duration deadline) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant giveUp = Instant.now().plus(deadline);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200); // polling a process we don't control, with a deadline
        }
        throw new IllegalStateException("the server did not become healthy in " + deadline + ":\n" + log());
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye, like a power cut or the OOM killer. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The name Axon gives this process as the owner of the segments it claims ({@code pid@host}). */
    public boolean owns(String segmentOwner) {
        return segmentOwner != null && segmentOwner.startsWith(process.pid() + "@");
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** A normal stop (SIGTERM), forced after 30 seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
