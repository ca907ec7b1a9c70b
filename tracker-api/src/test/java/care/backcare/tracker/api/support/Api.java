package care.backcare.tracker.api.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the tests, speaking the contract's JSON. */
public final class Api {

    /** Not "correct horse battery staple": that one is on the list of breached passwords (PasswordPolicy). */
    public static final String PASSWORD = "violet heron kettle lantern";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(String base) {
        this.base = base;
    }

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** How a request proves who it is. */
    public record Auth(String header) {
        public static final Auth NONE = new Auth(null);

        public static Auth basic(String username, String password) {
            return new Auth("Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public static Auth bearer(String token) {
            return new Auth("Bearer " + token);
        }
    }

    public record Patient(UUID id, String username, Auth auth) {
    }

    public Patient register(String timeZone) {
        String username = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Response response = send("POST", "/api/accounts", Auth.NONE, """
                {"username":"%s","password":"%s","displayName":"Test %s","timeZone":"%s"}"""
                .formatted(username, PASSWORD, username, timeZone));
        if (response.status() != 201) {
            throw new IllegalStateException("registration failed: " + response.status() + " " + response.body());
        }
        return new Patient(UUID.fromString(response.json().get("patientId").asString()), username,
                Auth.basic(username, PASSWORD));
    }

    public Response get(String path, Auth auth) {
        return send("GET", path, auth, null);
    }

    public Response put(String path, Auth auth, String json) {
        return send("PUT", path, auth, json);
    }

    public Response post(String path, Auth auth, String json) {
        return send("POST", path, auth, json);
    }

    public Response delete(String path, Auth auth) {
        return send("DELETE", path, auth, null);
    }

    public Response send(String method, String path, Auth auth, String json) {
        return send(method, path, auth, json, "application/json");
    }

    public Response send(String method, String path, Auth auth, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (auth != null && auth.header() != null) {
            request.header("Authorization", auth.header());
        }
        if (body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body sent chunked, with no Content-Length for the server to check up front. */
    public Response putChunked(String path, Auth auth, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth.header()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String session(String completedAt, int minutes, String painDuring, String notes) {
        return """
                {"completedAt":"%s","durationMinutes":%d,
                 "exercises":[{"stretch":"cat-cow","holdSeconds":60,"reps":1},
                              {"stretch":"knee-to-chest","holdSeconds":20,"reps":1,"side":"LEFT"}],
                 "painDuring":"%s","notes":%s}"""
                .formatted(completedAt, minutes, painDuring, notes == null ? "null" : JSON.writeValueAsString(notes));
    }

    public static String pain(String recordedAt, int score, String redFlags) {
        return """
                {"recordedAt":"%s","score":%d,"regions":["LOWER_BACK"],"redFlags":[%s]}"""
                .formatted(recordedAt, score, redFlags);
    }
}
