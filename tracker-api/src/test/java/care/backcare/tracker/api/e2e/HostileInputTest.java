package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.operations.ReadModelRebuild;
import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Browser;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.api.support.ReadModelTables;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A generated fuzz of every write endpoint and parameter: valid requests with one to three fields
 * replaced by hostile values (wrong types, huge and odd unicode strings, injection strings, boundary
 * numbers, bad ids and dates), broken JSON, wrong content types and oversize bodies; sign-out, and the
 * operators' read-model actions with and without the operator token and with bad actions. Nothing may
 * answer 5xx, and a refused request must change nothing:
 * <ul>
 *   <li>the event store (the only source of truth) and the tables written synchronously with a request
 *       ({@code credential} and the {@code access} read models) are compared before and after every refused
 *       request; a refused operator action must also leave the read models' processor running;</li>
 *   <li>the tracked read models are written asynchronously from the events, so per request they would
 *       be compared before the projection caught up; instead, once caught up at the end, they must equal a
 *       full replay of the event store: nothing but the events (to which no refused request added any)
 *       went into them.</li>
 * </ul>
 * The seed is printed; a failure is reproduced with {@code -Dfuzz.seed=...}.
 */
class HostileInputTest extends PostgresApiTest {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);

    /** Written in the request's own transaction: compared before and after every refused request. */
    private static final List<String> SYNCHRONOUS_TABLES = List.of(
            "credential", "patient_profile", "personal_token", "share_link", "share_access");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ReadModelRebuild rebuild;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Random random;

    /**
     * One request to send: where, how, with what. {@code auth} is an Authorization header, or the web session:
     * {@value #SESSION} (its cookies and CSRF header), {@value #SESSION_NO_CSRF}, {@value #SESSION_BAD_CSRF}.
     */
    record Probe(String endpoint, String method, String path, String contentType, byte[] body, String auth) {
    }

    private static final String SESSION = "session";
    private static final String SESSION_NO_CSRF = "session without csrf";
    private static final String SESSION_BAD_CSRF = "session with a wrong csrf";
    private static final String OPERATOR = "Bearer " + OPERATOR_TOKEN;

    private Api.Patient patient;
    private String session;
    private String csrf;

    private static final List<String> HOSTILE_STRINGS = List.of(
            "", " ", "\u0000", "\u202Eevil\u202C", "\uD800", "😀🦴💥", "Zoë Ødegård Ελένη Жанна", "ñ".repeat(3000),
            "x".repeat(70_000), "'; DROP TABLE domain_event_entry; --", "\" OR 1=1 --", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "%00%0a", "null", "true", "[]", "{}",
            "\\u0000", "CAT-COW", "childs-pose ", "2026-02-30T10:00:00Z", "2026-11-18T07:30:00", "2026-11-18",
            "1763451000", "9999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z",
            "2026-11-18T07:30:00.123456789Z", "2026-11-18T07:30:00+14:00", "NaN", "Infinity", "-0");

    private static final List<String> HOSTILE_JSON_VALUES = List.of(
            "null", "true", "false", "0", "-1", "1.5", "-0.0", "2147483648", "-2147483649", "9223372036854775808",
            "1e308", "1e-308", "12345678901234567890123456789", "[]", "[1,2]", "{}", "{\"a\":{\"b\":{\"c\":[]}}}",
            "\"\"", "[null]", "[\"cat-cow\",\"cat-cow\"]", "[" + "[".repeat(2000) + "]".repeat(2000) + "]");

    private String hostileValue() {
        return random.nextBoolean()
                ? HOSTILE_JSON_VALUES.get(random.nextInt(HOSTILE_JSON_VALUES.size()))
                : quote(HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size())));
    }

    private static String quote(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static String json(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(name)).append(':').append(value);
        });
        return json.append('}').toString();
    }

    /** A valid body for each endpoint, as field -> raw JSON value, so single fields can be spoiled. */
    private Map<String, String> validBody(String endpoint) {
        Map<String, String> body = new LinkedHashMap<>();
        switch (endpoint) {
            case "session" -> {
                body.put("completedAt", "\"2026-11-18T07:30:00Z\"");
                body.put("durationMinutes", "12");
                body.put("exercises", random.nextBoolean()
                        ? "[{\"stretch\":\"cat-cow\",\"holdSeconds\":60,\"reps\":1}]"
                        : "[{\"stretch\":\"knee-to-chest\",\"holdSeconds\":" + hostileValue() + ",\"reps\":1,\"side\":" + hostileValue() + "}]");
                body.put("painDuring", "\"MILD\"");
                body.put("notes", "\"ok\"");
            }
            case "pain" -> {
                body.put("recordedAt", "\"2026-11-18T07:30:00Z\"");
                body.put("score", "4");
                body.put("regions", "[\"LOWER_BACK\"]");
                body.put("redFlags", "[]");
                body.put("notes", "\"stiff\"");
            }
            case "routine" -> {
                body.put("stretches", "[\"cat-cow\",\"dead-bug\"]");
                body.put("minutesPerDay", "10");
                body.put("daysPerWeek", "5");
            }
            case "token" -> body.put("name", "\"phone\"");
            case "share" -> {
                body.put("recipient", "\"Dr. Silva\"");
                body.put("expiresInDays", "30");
            }
            case "account" -> {
                body.put("username", quote("f" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36)));
                body.put("password", "\"" + Api.PASSWORD + "\"");
                body.put("displayName", "\"Fuzz\"");
                body.put("timeZone", "\"Europe/Lisbon\"");
            }
            default -> throw new IllegalArgumentException(endpoint);
        }
        return body;
    }

    private byte[] spoiledBody(String endpoint) {
        Map<String, String> body = validBody(endpoint);
        List<String> names = new ArrayList<>(body.keySet());
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            switch (random.nextInt(10)) {
                case 0 -> body.remove(names.get(random.nextInt(names.size())));
                case 1 -> body.put("unexpected" + random.nextInt(3), hostileValue());
                default -> body.put(names.get(random.nextInt(names.size())), hostileValue());
            }
        }
        String json = json(body);
        return switch (random.nextInt(20)) {
            case 0 -> json.substring(0, random.nextInt(json.length())).getBytes(StandardCharsets.UTF_8); // truncated
            case 1 -> (json + json).getBytes(StandardCharsets.UTF_8); // trailing content
            case 2 -> json.replaceFirst("\\{", "{\"notes\":\"a\",\"notes\":\"b\",").getBytes(StandardCharsets.UTF_8);
            case 3 -> new byte[]{'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}; // invalid UTF-8
            case 4 -> ("{\"notes\":\"" + "y".repeat(66_000) + "\"}").getBytes(StandardCharsets.UTF_8); // oversize
            default -> json.getBytes(StandardCharsets.UTF_8);
        };
    }

    private String contentType() {
        return switch (random.nextInt(25)) {
            case 0 -> "text/plain";
            case 1 -> "application/xml";
            case 2 -> "application/x-www-form-urlencoded";
            case 3 -> null;
            case 4 -> "application/json; charset=ISO-8859-1";
            case 5 -> "multipart/form-data; boundary=x";
            default -> "application/json";
        };
    }

    private String id() {
        return switch (random.nextInt(12)) {
            case 0 -> "not-a-uuid";
            case 1 -> "00000000-0000-0000-0000-00000000000g";
            case 2 -> "%27%20OR%201%3D1";
            case 3 -> "..%2F..%2Fetc";
            case 4 -> "0";
            case 5 -> UUID.randomUUID().toString().toUpperCase();
            default -> UUID.randomUUID().toString();
        };
    }

    private String dateParam() {
        return switch (random.nextInt(8)) {
            case 0 -> "2026-02-30";
            case 1 -> "yesterday";
            case 2 -> "2026-11-18T00:00:00Z";
            case 3 -> "-1";
            case 4 -> "99999-01-01";
            case 5 -> "2020-01-01";
            default -> "2026-11-" + (10 + random.nextInt(10));
        };
    }

    private Probe next(String bearer, String basic, String shareToken) {
        int kind = random.nextInt(100);
        if (kind < 28) {
            return new Probe("PUT session", "PUT", "/api/me/sessions/" + id(), contentType(), spoiledBody("session"), bearer);
        } else if (kind < 52) {
            return new Probe("PUT pain", "PUT", "/api/me/pain/" + id(), contentType(), spoiledBody("pain"), bearer);
        } else if (kind < 64) {
            return new Probe("PUT routine", "PUT", "/api/me/routine", contentType(), spoiledBody("routine"), bearer);
        } else if (kind < 67) {
            return new Probe("POST token", "POST", "/api/me/tokens", contentType(), spoiledBody("token"), basic);
        } else if (kind < 70) {
            return new Probe("POST share", "POST", "/api/me/shares", contentType(), spoiledBody("share"), basic);
        } else if (kind < 73) {
            return new Probe("DELETE token", "DELETE", "/api/me/tokens/" + id(), null, null, bearer);
        } else if (kind < 76) {
            return new Probe("DELETE share", "DELETE", "/api/me/shares/" + id(), null, null, bearer);
        } else if (kind < 80) {
            return new Probe("POST account", "POST", "/api/accounts", contentType(), spoiledBody("account"), null);
        } else if (kind < 82) {
            String auth = switch (random.nextInt(6)) {
                case 0 -> SESSION; // a real sign-out: signed in again afterwards
                case 1 -> SESSION_NO_CSRF;
                case 2 -> SESSION_BAD_CSRF;
                case 3 -> bearer;
                case 4 -> "Cookie: JSESSIONID=" + id();
                default -> null;
            };
            return new Probe("DELETE session", "DELETE", "/api/session", random.nextBoolean() ? null : contentType(),
                    random.nextBoolean() ? null : spoiledBody("token"), auth);
        } else if (kind < 86) {
            return operatorAction(bearer);
        } else if (kind < 90) {
            String weeks = random.nextBoolean() ? Integer.toString(random.nextInt(300) - 100) : "x%27";
            return new Probe("GET trends", "GET", "/api/me/trends?weeks=" + weeks, null, null, bearer);
        } else if (kind < 93) {
            return new Probe("GET sessions", "GET", "/api/me/" + (random.nextBoolean() ? "sessions" : "pain")
                    + "?from=" + dateParam() + "&to=" + dateParam(), null, null, bearer);
        } else if (kind < 97) {
            String token = random.nextInt(4) == 0 ? shareToken : "bcs_" + id();
            return new Probe("GET shared", "GET", "/api/shared/" + token + "/trends?weeks=" + (random.nextInt(200) - 50),
                    null, null, null);
        } else {
            return new Probe("POST login", "POST", "/api/session", "application/x-www-form-urlencoded",
                    ("username=" + random.nextInt() + "&password=" + "%00".repeat(random.nextInt(5))).getBytes(StandardCharsets.UTF_8),
                    null);
        }
    }

    /**
     * {@code POST /actuator/readmodels/{action}}: without credentials, with a patient's, with a wrong operator
     * token, or with the right one and an action that does not exist or a broken body. The operator's
     * {@code stop} and {@code rebuild} are real actions, never sent with the right token; {@code start} is, as
     * it changes nothing on a running node.
     */
    private Probe operatorAction(String bearer) {
        String auth = switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> bearer;
            case 2 -> SESSION;
            case 3 -> "Bearer " + OPERATOR_TOKEN.substring(1) + "x";
            default -> OPERATOR;
        };
        List<String> actions = List.of("stop", "rebuild", "start", "STOP", "Rebuild", "x", "%00", "rebuild%20",
                "..%2Fhealth", "%F0%9F%98%80", "a".repeat(1000), "stop%3Brebuild", "%27%20OR%201%3D1", "null");
        String action = actions.get(random.nextInt(actions.size()));
        if (OPERATOR.equals(auth) && (action.equals("stop") || action.equals("rebuild"))) {
            action = "start";
        }
        byte[] body = switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> "{}".getBytes(StandardCharsets.UTF_8);
            default -> spoiledBody("token");
        };
        return new Probe("POST actuator", "POST", "/actuator/readmodels/" + action, contentType(), body, auth);
    }

    /**
     * The event count and a digest of every synchronously written table, in one round trip. A digest of all
     * rows rather than a dump: it costs a millisecond, where dumping before every request would dominate the run.
     */
    private Map<String, String> synchronousState() {
        String digests = SYNCHRONOUS_TABLES.stream().map(table -> """
                        select '%s' as name, count(*) || ':' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as state
                        from %s t""".formatted(table, table))
                .collect(Collectors.joining(" union all "));
        Map<String, String> state = new TreeMap<>();
        jdbc.sql("select 'events' as name, count(*) || '' as state from domain_event_entry union all " + digests)
                .query((rs, row) -> Map.entry(rs.getString("name"), rs.getString("state"))).list()
                .forEach(entry -> state.put(entry.getKey(), entry.getValue()));
        return state;
    }

    private boolean readModelsProcessorRunning() {
        return processing.eventProcessor(ReadModelRebuild.READ_MODELS, EventProcessor.class)
                .map(EventProcessor::isRunning).orElse(false);
    }

    private void signIn() {
        Browser browser = new Browser("http://localhost:" + port);
        assertThat(browser.login(patient.username(), Api.PASSWORD).status()).isEqualTo(200);
        browser.get("/api/session");
        session = "JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow() + "; XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN").orElseThrow();
        csrf = browser.cookie("XSRF-TOKEN").orElseThrow();
    }

    @Test
    void ten_thousand_hostile_requests_get_no_5xx_and_refused_ones_change_nothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        random = new Random(seed);
        System.out.println("HostileInputTest seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
        patient = api.register("Europe/Lisbon");
        String bearer = "Bearer " + api.post("/api/me/tokens", patient.auth(), "{\"name\":\"fuzz\"}").json().get("token").asString();
        String shareToken = api.post("/api/me/shares", patient.auth(), "{\"recipient\":\"x\",\"expiresInDays\":30}")
                .json().get("token").asString();
        signIn();
        String basic = SESSION; // password-only endpoints go through the signed-in web session: no bcrypt per probe

        Map<String, int[]> statusesByEndpoint = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        int refused = 0;
        int signOuts = 0;
        for (int i = 0; i < REQUESTS; i++) {
            attempts.clearAll(); // throttling is tested elsewhere; here every probe must reach the handlers
            Probe probe = next(bearer, basic, shareToken);
            Map<String, String> before = synchronousState();
            HttpResponse<String> response = send(probe);
            int status = response.statusCode();
            statusesByEndpoint.computeIfAbsent(probe.endpoint(), e -> new int[6])[status / 100]++;
            if (status >= 500) {
                serverErrors.add(status + " " + probe.method() + " " + probe.path() + " " + response.body());
            } else if (status >= 400) {
                refused++;
                assertThat(synchronousState()).as("a refused %s %s changed the event store or a synchronous table",
                        probe.method(), probe.path()).isEqualTo(before);
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as("%d for %s %s", status, probe.method(), probe.path())
                        .startsWith("application/problem+json");
                if (probe.path().startsWith("/actuator/")) {
                    assertThat(readModelsProcessorRunning()).as("after a refused %s", probe.path()).isTrue();
                }
            } else if (probe.endpoint().equals("DELETE session") && SESSION.equals(probe.auth())) {
                signOuts++;
                signIn();
            }
        }
        statusesByEndpoint.forEach((endpoint, counts) -> System.out.printf(
                "HostileInputTest %-14s 2xx %5d  4xx %5d  5xx %d%n", endpoint, counts[2], counts[4], counts[5]));
        System.out.printf("HostileInputTest %d requests, %d refused, %d server errors, %d sign-outs%n", REQUESTS, refused,
                serverErrors.size(), signOuts);
        assertThat(serverErrors).as("seed " + seed).isEmpty();
        assertThat(refused).isGreaterThan(REQUESTS / 2);
        assertThat(readModelsProcessorRunning()).isTrue();

        // the tracked read models, once caught up, hold what the event store says and nothing else
        await().atMost(Duration.ofSeconds(60)).until(rebuild::isCaughtUp);
        Map<String, List<Map<String, Object>>> readModels = ReadModelTables.dump(jdbc);
        rebuild.rebuildAccess();
        rebuild.rebuildTracked();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(rebuild.isCaughtUp()).isTrue();
            assertThat(ReadModelTables.dump(jdbc)).as("read models against a replay of the event store").isEqualTo(readModels);
        });
        System.out.printf("HostileInputTest read models equal a full replay: %d rows%n", ReadModelTables.rows(readModels));
    }

    private HttpResponse<String> send(Probe probe) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
                .timeout(Duration.ofSeconds(30));
        if (SESSION.equals(probe.auth())) {
            request.header("Cookie", session).header("X-XSRF-TOKEN", csrf);
        } else if (SESSION_NO_CSRF.equals(probe.auth())) {
            request.header("Cookie", session);
        } else if (SESSION_BAD_CSRF.equals(probe.auth())) {
            request.header("Cookie", session).header("X-XSRF-TOKEN", UUID.randomUUID().toString());
        } else if (probe.auth() != null && probe.auth().startsWith("Cookie: ")) {
            request.header("Cookie", probe.auth().substring("Cookie: ".length()));
        } else if (probe.auth() != null) {
            request.header("Authorization", probe.auth());
        }
        if (probe.contentType() != null) {
            request.header("Content-Type", probe.contentType());
        }
        Supplier<HttpRequest.BodyPublisher> body = () -> probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                : random.nextInt(10) == 0
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(probe.body())) // chunked
                : HttpRequest.BodyPublishers.ofByteArray(probe.body());
        request.method(probe.method(), body.get());
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
