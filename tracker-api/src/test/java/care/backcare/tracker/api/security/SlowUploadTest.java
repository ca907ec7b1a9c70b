package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Browser;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #17, finding 2: clients sending their bodies a byte a second, without an account, must not hold
 * the permits every write needs. Each test is bounded in time (a few seconds, the read deadline's 10 s).
 */
class SlowUploadTest extends PostgresApiTest {

    /** A connection that announced a body of {@code length} bytes and sends it one byte a second. */
    private static final class Trickle implements AutoCloseable {
        final Socket socket;
        final Thread sender;

        Trickle(int port, String path, String contentType, int length) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sender = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < length; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(1000);
                    }
                } catch (IOException | InterruptedException stopped) {
                    // the server closed the connection, or the test is over
                }
            });
        }

        String answer() throws IOException {
            byte[] buffer = new byte[4096];
            int n = socket.getInputStream().read(buffer);
            return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            sender.interrupt();
            socket.close();
        }
    }

    @Test
    void slow_uploads_without_an_account_do_not_hold_back_a_patients_write_or_a_web_sign_in() throws Exception {
        Api.Patient ana = api.register("Europe/Lisbon");
        String token = api.post("/api/me/tokens", ana.auth(), "{\"name\":\"phone\"}").json().get("token").asString();
        List<Trickle> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                slow.add(new Trickle(port, "/api/accounts", "application/json", 200));
                slow.add(new Trickle(port, "/api/session", "application/x-www-form-urlencoded", 200));
            }
            Thread.sleep(1500); // every slow request has reached the server and started its body

            CompletableFuture<Integer> write = CompletableFuture.supplyAsync(() -> api.put(
                    "/api/me/sessions/" + UUID.randomUUID(), Api.Auth.bearer(token),
                    Api.session("2026-11-18T08:00:00Z", 10, "NONE", null)).status());
            CompletableFuture<Integer> signIn = CompletableFuture.supplyAsync(() ->
                    new Browser("http://localhost:" + port).login(ana.username(), Api.PASSWORD).status());
            assertThat(write.get(5, TimeUnit.SECONDS)).isEqualTo(201);
            assertThat(signIn.get(5, TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            for (Trickle trickle : slow) {
                trickle.close();
            }
        }
    }

    @Test
    void a_body_that_does_not_arrive_within_ten_seconds_is_answered_408() throws Exception {
        try (Trickle trickle = new Trickle(port, "/api/accounts", "application/json", 100)) {
            long start = System.nanoTime();
            String answer = trickle.answer();
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(seconds).isBetween(8L, 15L);
        }
    }
}
