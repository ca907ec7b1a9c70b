package care.backcare.tracker.api.security;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Auth;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.api.support.TestClockConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every kind of caller. The patient reaches their own data; another patient
 * gets 404 for it and only ever sees their own; a personal token works like the password except for
 * minting tokens and share links; revoked tokens, share tokens and wrong passwords are no login; a
 * share link opens its one patient's read-only views while it is active, and nothing otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends PostgresApiTest {

    enum Who {
        ANONYMOUS, WRONG_PASSWORD, PATIENT, OTHER_PATIENT, PERSONAL_TOKEN, REVOKED_TOKEN,
        ACTIVE_SHARE, EXPIRED_SHARE, REVOKED_SHARE
    }

    /** An endpoint of the patient's API, its success status, and what limits it. */
    record MyEndpoint(String method, Supplier<String> path, Supplier<String> body, int ok, boolean passwordOnly,
                      boolean patientsOwnResource) {
    }

    /** An endpoint reached with a share link in the path. */
    record SharedEndpoint(String method, String pathTemplate) {
    }

    @Autowired
    JdbcClient jdbc;

    private Api client;
    private Patient patient;
    private Patient other;
    private final Map<Who, Auth> credentials = new EnumMap<>(Who.class);
    private final Map<Who, String> pathTokens = new EnumMap<>(Who.class);
    private String sessionId;
    private String painId;
    private String activeShareId;
    private String doomedTokenId;
    private String doomedShareId;

    @BeforeAll
    void arrange() {
        client = new Api("http://localhost:" + port);
        clock.set(TestClockConfig.WEDNESDAY_W47.minus(Duration.ofDays(3)));
        patient = client.register("Europe/Lisbon");
        other = client.register("Europe/Lisbon");
        String expiredShare = shareToken(1);
        clock.set(TestClockConfig.WEDNESDAY_W47);

        String activeShare = shareToken(30);
        activeShareId = client.get("/api/me/shares", patient.auth()).json().get(0).get("shareId").asString();
        Api.Response revokedShare = client.post("/api/me/shares", patient.auth(), "{\"recipient\":\"old\",\"expiresInDays\":30}");
        client.delete("/api/me/shares/" + revokedShare.json().get("shareId").asString(), patient.auth());
        doomedShareId = client.post("/api/me/shares", patient.auth(), "{\"recipient\":\"doomed\",\"expiresInDays\":30}")
                .json().get("shareId").asString();

        String token = client.post("/api/me/tokens", patient.auth(), "{\"name\":\"app\"}").json().get("token").asString();
        Api.Response revokedToken = client.post("/api/me/tokens", patient.auth(), "{\"name\":\"lost phone\"}");
        client.delete("/api/me/tokens/" + revokedToken.json().get("id").asString(), patient.auth());
        doomedTokenId = client.post("/api/me/tokens", patient.auth(), "{\"name\":\"doomed\"}").json().get("id").asString();

        sessionId = UUID.randomUUID().toString();
        client.put("/api/me/sessions/" + sessionId, patient.auth(), Api.session("2026-11-17T08:00:00Z", 10, "NONE", "mine"));
        painId = UUID.randomUUID().toString();
        client.put("/api/me/pain/" + painId, patient.auth(), Api.pain("2026-11-17T09:00:00Z", 5, ""));

        credentials.put(Who.ANONYMOUS, Auth.NONE);
        credentials.put(Who.WRONG_PASSWORD, Auth.basic(patient.username(), "wrong " + Api.PASSWORD));
        credentials.put(Who.PATIENT, patient.auth());
        credentials.put(Who.OTHER_PATIENT, other.auth());
        credentials.put(Who.PERSONAL_TOKEN, Auth.bearer(token));
        credentials.put(Who.REVOKED_TOKEN, Auth.bearer(revokedToken.json().get("token").asString()));
        credentials.put(Who.ACTIVE_SHARE, Auth.bearer(activeShare));
        credentials.put(Who.EXPIRED_SHARE, Auth.bearer(expiredShare));
        credentials.put(Who.REVOKED_SHARE, Auth.bearer(revokedShare.json().get("token").asString()));

        pathTokens.put(Who.ANONYMOUS, "bcs_" + "0".repeat(32) + "_" + "A".repeat(43));
        pathTokens.put(Who.WRONG_PASSWORD, "not-a-token");
        pathTokens.put(Who.PATIENT, patient.id().toString());
        pathTokens.put(Who.OTHER_PATIENT, activeShareId);
        pathTokens.put(Who.PERSONAL_TOKEN, token);
        pathTokens.put(Who.REVOKED_TOKEN, revokedToken.json().get("token").asString());
        pathTokens.put(Who.ACTIVE_SHARE, activeShare);
        pathTokens.put(Who.EXPIRED_SHARE, expiredShare);
        pathTokens.put(Who.REVOKED_SHARE, revokedShare.json().get("token").asString());
    }

    private String shareToken(int days) {
        return client.post("/api/me/shares", patient.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":" + days + "}")
                .json().get("token").asString();
    }

    private List<MyEndpoint> myEndpoints() {
        Supplier<String> none = () -> null;
        return List.of(
                new MyEndpoint("GET", () -> "/api/me", none, 200, false, false),
                new MyEndpoint("GET", () -> "/api/session", none, 200, false, false),
                new MyEndpoint("POST", () -> "/api/me/tokens", () -> "{\"name\":\"t\"}", 201, true, false),
                new MyEndpoint("GET", () -> "/api/me/tokens", none, 200, false, false),
                new MyEndpoint("DELETE", () -> "/api/me/tokens/" + doomedTokenId, none, 204, false, true),
                new MyEndpoint("PUT", () -> "/api/me/routine",
                        () -> "{\"stretches\":[\"cat-cow\"],\"minutesPerDay\":10,\"daysPerWeek\":5}", 200, false, false),
                new MyEndpoint("GET", () -> "/api/me/routine", none, 200, false, false),
                new MyEndpoint("PUT", () -> "/api/me/sessions/" + UUID.randomUUID(),
                        () -> Api.session("2026-11-18T07:00:00Z", 10, "NONE", null), 201, false, false),
                new MyEndpoint("GET", () -> "/api/me/sessions", none, 200, false, false),
                new MyEndpoint("GET", () -> "/api/me/sessions/" + sessionId, none, 200, false, true),
                new MyEndpoint("PUT", () -> "/api/me/pain/" + UUID.randomUUID(),
                        () -> Api.pain("2026-11-18T07:00:00Z", 3, ""), 201, false, false),
                new MyEndpoint("GET", () -> "/api/me/pain", none, 200, false, false),
                new MyEndpoint("GET", () -> "/api/me/pain/" + painId, none, 200, false, true),
                new MyEndpoint("GET", () -> "/api/me/trends", none, 200, false, false),
                new MyEndpoint("GET", () -> "/api/me/reports/weekly?weeks=4", none, 200, false, false),
                new MyEndpoint("GET", () -> "/api/me/overview?weeks=4", none, 200, false, false),
                new MyEndpoint("POST", () -> "/api/me/shares", () -> "{\"recipient\":\"x\",\"expiresInDays\":2}", 201, true, false),
                new MyEndpoint("GET", () -> "/api/me/shares", none, 200, false, false),
                new MyEndpoint("GET", () -> "/api/me/shares/" + activeShareId + "/accesses", none, 200, false, true),
                new MyEndpoint("DELETE", () -> "/api/me/shares/" + doomedShareId, none, 204, false, true));
    }

    static int expectedFor(Who who, MyEndpoint endpoint) {
        return switch (who) {
            case ANONYMOUS, WRONG_PASSWORD, REVOKED_TOKEN, ACTIVE_SHARE, EXPIRED_SHARE, REVOKED_SHARE -> 401;
            case PATIENT -> endpoint.ok();
            case PERSONAL_TOKEN -> endpoint.passwordOnly() ? 403 : endpoint.ok();
            case OTHER_PATIENT -> endpoint.patientsOwnResource() ? 404 : endpoint.ok();
        };
    }

    @TestFactory
    Stream<DynamicContainer> the_patients_api() {
        return myEndpoints().stream().map(endpoint -> DynamicContainer.dynamicContainer(
                endpoint.method() + " " + endpoint.path().get().replaceAll("[0-9a-f-]{36}", "{id}"),
                Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(who.name(), () -> {
                    attempts.clearAll();
                    Api.Response response = client.send(endpoint.method(), endpoint.path().get(), credentials.get(who),
                            endpoint.body().get());
                    assertThat(response.status()).as(response.body()).isEqualTo(expectedFor(who, endpoint));
                    if (response.status() >= 400) {
                        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    }
                    if (who == Who.OTHER_PATIENT) {
                        assertThat(response.body()).doesNotContain(patient.id().toString()).doesNotContain(patient.username());
                        if (response.status() < 300) { // a 404 may echo the id the caller sent, nothing more
                            assertThat(response.body()).doesNotContain(sessionId).doesNotContain(painId).doesNotContain("mine");
                        }
                    }
                }))));
    }

    private List<SharedEndpoint> sharedEndpoints() {
        return List.of(new SharedEndpoint("GET", "/api/shared/%s"), new SharedEndpoint("GET", "/api/shared/%s/trends"),
                new SharedEndpoint("GET", "/api/shared/%s/reports/weekly?weeks=4"),
                new SharedEndpoint("GET", "/api/shared/%s/overview?weeks=4"));
    }

    @TestFactory
    Stream<DynamicContainer> share_links() {
        return sharedEndpoints().stream().map(endpoint -> DynamicContainer.dynamicContainer(
                endpoint.method() + " " + endpoint.pathTemplate().formatted("{token}"),
                Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(who.name() + " in the path", () -> {
                    attempts.clearAll();
                    Api.Response response = client.send(endpoint.method(), endpoint.pathTemplate().formatted(pathTokens.get(who)),
                            Auth.NONE, null);
                    assertThat(response.status()).as(response.body()).isEqualTo(who == Who.ACTIVE_SHARE ? 200 : 404);
                    if (who != Who.ACTIVE_SHARE) {
                        assertThat(response.body()).doesNotContain("Test " + patient.username());
                    }
                }))));
    }

    @TestFactory
    Stream<DynamicTest> nothing_under_a_share_link_writes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
            for (String path : List.of("/api/shared/%s", "/api/shared/%s/trends", "/api/shared/%s/sessions/" + UUID.randomUUID())) {
                tests.add(DynamicTest.dynamicTest(method + " " + path.formatted("{active token}"), () -> {
                    long events = events();
                    Api.Response response = client.send(method, path.formatted(pathTokens.get(Who.ACTIVE_SHARE)), Auth.NONE,
                            Api.session("2026-11-18T07:00:00Z", 10, "NONE", null));
                    assertThat(response.status()).isBetween(400, 499);
                    assertThat(events()).isEqualTo(events);
                }));
            }
        }
        return tests.stream();
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(patient.id().toString()).query(Long.class).single();
    }

    @TestFactory
    Stream<DynamicTest> public_endpoints() {
        return Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest("GET /api/stretches as " + who, () -> {
            attempts.clearAll();
            boolean badCredentials = who == Who.WRONG_PASSWORD || who == Who.REVOKED_TOKEN || who.name().endsWith("SHARE");
            assertThat(client.get("/api/stretches", credentials.get(who)).status()).isEqualTo(badCredentials ? 401 : 200);
        }));
    }
}
