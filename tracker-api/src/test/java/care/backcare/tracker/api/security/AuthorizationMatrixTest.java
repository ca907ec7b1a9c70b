package care.backcare.tracker.api.security;

import care.backcare.tracker.api.operations.ReadModelRebuild;
import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Auth;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.api.support.TestClockConfig;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint against every kind of caller. The patient reaches their own data; another patient
 * gets 404 for it and only ever sees their own; a personal token works like the password except for
 * minting tokens and share links; revoked tokens, share tokens and wrong passwords are no login; a
 * share link opens its one patient's read-only views while it is active, with or without a login,
 * and nothing otherwise; only the operator's token reaches the operations endpoint.
 * <p>
 * The rows are checked against the endpoints Spring MVC and the actuator actually map: an endpoint
 * added without a row here fails {@link #every_mapped_endpoint_has_a_row()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorizationMatrixTest extends PostgresApiTest {

    enum Who {
        ANONYMOUS, WRONG_PASSWORD, PATIENT, OTHER_PATIENT, PERSONAL_TOKEN, REVOKED_TOKEN,
        ACTIVE_SHARE, EXPIRED_SHARE, REVOKED_SHARE,
        /** a clinician the patient connected */
        CLINICIAN,
        /** a clinician the patient never connected */
        OTHER_CLINICIAN,
        /** a clinician the patient connected and then disconnected */
        DISCONNECTED_CLINICIAN,
        /** last: the operator's actions change the state the others' refused calls are checked against */
        OPERATOR;

        boolean clinician() {
            return name().endsWith("CLINICIAN");
        }

        /** Credentials that do not check out: refused wherever they are sent, public endpoints included. */
        boolean badCredentials() {
            return this == WRONG_PASSWORD || this == REVOKED_TOKEN || name().endsWith("_SHARE");
        }
    }

    /** A request as one caller sends it, and what must hold once it has been answered. */
    record Call(String method, String path, Auth auth, String body, String contentType, Consumer<Api.Response> then) {

        Call then(Consumer<Api.Response> check) {
            return new Call(method, path, auth, body, contentType, check);
        }
    }

    /** What the body of an endpoint's own 404 is (refusals by the security filters are always problem+json). */
    enum NotFound {
        PROBLEM("application/problem+json"), PAGE("text/html"),
        /** the actuator's health groups: an empty 404, no body at all */
        EMPTY(null);

        final String contentType;

        NotFound(String contentType) {
            this.contentType = contentType;
        }
    }

    /**
     * One row of the matrix: the mapping it covers ("GET /api/me/sessions/{sessionId}", as Spring registers
     * it), how each caller calls it, and the status each must get.
     */
    record Row(String name, String mapping, Function<Who, Call> call, ToIntFunction<Who> expected, NotFound notFound) {
    }

    /** Served by Spring Security's filters (the web page's sign-in and sign-out), not by a handler mapping. */
    private static final Set<String> FILTER_ENDPOINTS = Set.of("POST /api/session", "DELETE /api/session");

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ReadModelRebuild rebuild;

    private Api client;
    private final java.util.concurrent.atomic.AtomicInteger restDays = new java.util.concurrent.atomic.AtomicInteger();
    private Patient patient;
    private Patient other;
    private final Map<Who, Auth> credentials = new EnumMap<>(Who.class);
    private final Map<Who, String> secrets = new EnumMap<>(Who.class);
    private final Map<Who, String> pathTokens = new EnumMap<>(Who.class);
    private String sessionId;
    private String painId;
    private String activeShareId;
    private String activeShare;
    private String expiredShare;
    private final Map<Who, UUID> clinicians = new EnumMap<>(Who.class);
    private final Map<Who, String> clinicianUsernames = new EnumMap<>(Who.class);

    @BeforeAll
    void arrange() {
        client = new Api("http://localhost:" + port);
        clock.set(TestClockConfig.WEDNESDAY_W47.minus(Duration.ofDays(3)));
        patient = client.register("Europe/Lisbon");
        other = client.register("Europe/Lisbon");
        expiredShare = shareToken(1);
        clock.set(TestClockConfig.WEDNESDAY_W47);

        activeShare = shareToken(30);
        activeShareId = client.get("/api/me/shares", patient.auth()).json().valueStream()
                .filter(share -> share.get("status").asString().equals("ACTIVE")).findFirst().orElseThrow()
                .get("shareId").asString();
        Api.Response revokedShare = client.post("/api/me/shares", patient.auth(), "{\"recipient\":\"old\",\"expiresInDays\":30}");
        client.delete("/api/me/shares/" + revokedShare.json().get("shareId").asString(), patient.auth());

        String token = client.post("/api/me/tokens", patient.auth(), "{\"name\":\"app\"}").json().get("token").asString();
        Api.Response revokedToken = client.post("/api/me/tokens", patient.auth(), "{\"name\":\"lost phone\"}");
        client.delete("/api/me/tokens/" + revokedToken.json().get("id").asString(), patient.auth());

        sessionId = UUID.randomUUID().toString();
        client.put("/api/me/sessions/" + sessionId, patient.auth(), Api.session("2026-11-17T08:00:00Z", 10, "NONE", "mine"));
        painId = UUID.randomUUID().toString();
        client.put("/api/me/pain/" + painId, patient.auth(), Api.pain("2026-11-17T09:00:00Z", 5, ""));
        await().atMost(Duration.ofSeconds(10)).until(() -> client.get("/api/me/pain/" + painId, patient.auth()).status() == 200);

        for (Who clinician : List.of(Who.CLINICIAN, Who.OTHER_CLINICIAN, Who.DISCONNECTED_CLINICIAN)) {
            String username = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            Api.Response created = client.post("/api/clinicians", Auth.NONE, """
                    {"username":"%s","password":"%s","displayName":"Dr. %s","timeZone":"Europe/Lisbon","profession":"Physio"}"""
                    .formatted(username, Api.PASSWORD, clinician));
            assertThat(created.status()).isEqualTo(201);
            clinicians.put(clinician, UUID.fromString(created.json().get("clinicianId").asString()));
            clinicianUsernames.put(clinician, username);
            secrets.put(clinician, Api.PASSWORD);
            credentials.put(clinician, Auth.basic(username, Api.PASSWORD));
            pathTokens.put(clinician, "ABCDEFGHJK");
        }
        for (Who clinician : List.of(Who.CLINICIAN, Who.DISCONNECTED_CLINICIAN)) {
            assertThat(connect(patient.auth(), credentials.get(clinician)).status()).isEqualTo(201);
        }
        assertThat(client.delete("/api/me/clinicians/" + clinicians.get(Who.DISCONNECTED_CLINICIAN), patient.auth())
                .status()).isEqualTo(204);

        secrets.put(Who.ANONYMOUS, null);
        secrets.put(Who.WRONG_PASSWORD, "wrong " + Api.PASSWORD);
        secrets.put(Who.PATIENT, Api.PASSWORD);
        secrets.put(Who.OTHER_PATIENT, Api.PASSWORD);
        secrets.put(Who.PERSONAL_TOKEN, token);
        secrets.put(Who.REVOKED_TOKEN, revokedToken.json().get("token").asString());
        secrets.put(Who.ACTIVE_SHARE, activeShare);
        secrets.put(Who.EXPIRED_SHARE, expiredShare);
        secrets.put(Who.REVOKED_SHARE, revokedShare.json().get("token").asString());
        secrets.put(Who.OPERATOR, OPERATOR_TOKEN);

        credentials.put(Who.ANONYMOUS, Auth.NONE);
        credentials.put(Who.WRONG_PASSWORD, Auth.basic(patient.username(), secrets.get(Who.WRONG_PASSWORD)));
        credentials.put(Who.PATIENT, patient.auth());
        credentials.put(Who.OTHER_PATIENT, other.auth());
        for (Who bearer : List.of(Who.PERSONAL_TOKEN, Who.REVOKED_TOKEN, Who.ACTIVE_SHARE, Who.EXPIRED_SHARE,
                Who.REVOKED_SHARE, Who.OPERATOR)) {
            credentials.put(bearer, Auth.bearer(secrets.get(bearer)));
        }

        pathTokens.put(Who.ANONYMOUS, "bcs_" + "0".repeat(32) + "_" + "A".repeat(43));
        pathTokens.put(Who.WRONG_PASSWORD, "not-a-token");
        pathTokens.put(Who.PATIENT, patient.id().toString());
        pathTokens.put(Who.OTHER_PATIENT, activeShareId);
        pathTokens.put(Who.PERSONAL_TOKEN, token);
        pathTokens.put(Who.REVOKED_TOKEN, secrets.get(Who.REVOKED_TOKEN));
        pathTokens.put(Who.ACTIVE_SHARE, activeShare);
        pathTokens.put(Who.EXPIRED_SHARE, expiredShare);
        pathTokens.put(Who.REVOKED_SHARE, secrets.get(Who.REVOKED_SHARE));
        pathTokens.put(Who.OPERATOR, OPERATOR_TOKEN);
    }

    /** Whatever a row did to the read-model processor, the next test class finds it running. */
    @AfterAll
    void processorRunningAgain() {
        if (!readModels().isRunning()) {
            readModels().start();
        }
    }

    /** The patient connects the clinician with a fresh invite code of theirs. */
    private Api.Response connect(Auth patientAuth, Auth clinicianAuth) {
        String code = client.post("/api/clinician/invites", clinicianAuth, "{\"expiresInDays\":7}").json().get("code")
                .asString();
        return client.post("/api/me/clinicians", patientAuth, "{\"code\":\"" + code + "\"}");
    }

    private String shareToken(int days) {
        return client.post("/api/me/shares", patient.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":" + days + "}")
                .json().get("token").asString();
    }

    private Call call(Who who, String method, String path, String body) {
        return new Call(method, path, credentials.get(who), body, body == null ? null : JSON, response -> {
        });
    }

    private static Row row(String mapping, Function<Who, Call> call, ToIntFunction<Who> expected) {
        return new Row(mapping, mapping, call, expected, NotFound.PROBLEM);
    }

    // --- the patient's API -------------------------------------------------------------------------------

    /** What limits an endpoint of the patient's API. */
    enum Limit {
        /** anyone signed in as a patient, on their own account */
        NONE,
        /** the password (or the web page's session) only: a personal token cannot mint tokens or share links */
        PASSWORD_ONLY,
        /** a resource of the patient's, named in the path: another patient gets 404 */
        PATIENTS_OWN
    }

    static ToIntFunction<Who> patientsApi(int ok, Limit limit) {
        return who -> switch (who) {
            case ANONYMOUS, WRONG_PASSWORD, REVOKED_TOKEN, ACTIVE_SHARE, EXPIRED_SHARE, REVOKED_SHARE -> 401;
            case OPERATOR, CLINICIAN, OTHER_CLINICIAN, DISCONNECTED_CLINICIAN -> 403;
            case PATIENT -> ok;
            case PERSONAL_TOKEN -> limit == Limit.PASSWORD_ONLY ? 403 : ok;
            case OTHER_PATIENT -> limit == Limit.PATIENTS_OWN ? 404 : ok;
        };
    }

    private List<Row> patientsApi() {
        return List.of(
                row("GET /api/me", who -> call(who, "GET", "/api/me", null), patientsApi(200, Limit.NONE)),
                row("GET /api/session", who -> call(who, "GET", "/api/session", null),
                        who -> who.clinician() ? 200 : patientsApi(200, Limit.NONE).applyAsInt(who)),
                row("POST /api/me/tokens", who -> call(who, "POST", "/api/me/tokens", "{\"name\":\"t\"}")
                        .then(response -> {
                            if (response.status() == 201) { // keep under the limit of active tokens
                                client.delete("/api/me/tokens/" + response.json().get("id").asString(), credentials.get(who));
                            }
                        }), who -> who.clinician() ? 201 : patientsApi(201, Limit.PASSWORD_ONLY).applyAsInt(who)),
                // clinicians have personal tokens of their own
                row("GET /api/me/tokens", who -> call(who, "GET", "/api/me/tokens", null),
                        who -> who.clinician() ? 200 : patientsApi(200, Limit.NONE).applyAsInt(who)),
                // the password "changed" to itself, so the other rows keep signing in with it
                row("PUT /api/me/password", who -> call(who, "PUT", "/api/me/password", "{\"currentPassword\":\""
                        + Api.PASSWORD + "\",\"newPassword\":\"" + Api.PASSWORD + "\",\"signOutEverywhere\":false}"),
                        who -> who.clinician() ? 204 : patientsApi(204, Limit.NONE).applyAsInt(who)),
                row("DELETE /api/me/tokens/{tokenId}", this::revokeAFreshToken,
                        who -> who.clinician() ? 404 : patientsApi(204, Limit.PATIENTS_OWN).applyAsInt(who)),
                row("PUT /api/me/routine", who -> call(who, "PUT", "/api/me/routine",
                        "{\"stretches\":[\"cat-cow\"],\"minutesPerDay\":10,\"daysPerWeek\":5}"), patientsApi(200, Limit.NONE)),
                row("GET /api/me/routine", who -> call(who, "GET", "/api/me/routine", null), patientsApi(200, Limit.NONE)),
                row("PUT /api/me/sessions/{sessionId}", who -> call(who, "PUT", "/api/me/sessions/" + UUID.randomUUID(),
                        Api.session("2026-11-18T07:00:00Z", 10, "NONE", null)), patientsApi(201, Limit.NONE)),
                row("GET /api/me/sessions", who -> call(who, "GET", "/api/me/sessions", null), patientsApi(200, Limit.NONE)),
                row("GET /api/me/sessions/{sessionId}", who -> call(who, "GET", "/api/me/sessions/" + sessionId, null),
                        patientsApi(200, Limit.PATIENTS_OWN)),
                row("PUT /api/me/pain/{entryId}", who -> call(who, "PUT", "/api/me/pain/" + UUID.randomUUID(),
                        Api.pain("2026-11-18T07:00:00Z", 3, "")), patientsApi(201, Limit.NONE)),
                row("GET /api/me/pain", who -> call(who, "GET", "/api/me/pain", null), patientsApi(200, Limit.NONE)),
                row("GET /api/me/pain/{entryId}", who -> call(who, "GET", "/api/me/pain/" + painId, null),
                        patientsApi(200, Limit.PATIENTS_OWN)),
                row("DELETE /api/me/sessions/{sessionId}", who -> withdrawAFresh(who, "sessions",
                        Api.session("2026-11-18T06:00:00Z", 10, "NONE", null)), patientsApi(204, Limit.PATIENTS_OWN)),
                row("DELETE /api/me/pain/{entryId}", who -> withdrawAFresh(who, "pain",
                        Api.pain("2026-11-18T06:00:00Z", 3, "")), patientsApi(204, Limit.PATIENTS_OWN)),
                row("PUT /api/me/health-profile", who -> call(who, "PUT", "/api/me/health-profile",
                        "{\"riskFactors\":[]}"), patientsApi(200, Limit.NONE)),
                row("GET /api/me/health-profile", who -> call(who, "GET", "/api/me/health-profile", null),
                        patientsApi(200, Limit.NONE)),
                // a date not used before: each call is a first write
                row("PUT /api/me/rest-days/{date}", who -> call(who, "PUT", "/api/me/rest-days/"
                        + java.time.LocalDate.of(2026, 10, 31).minusDays(restDays.incrementAndGet()),
                        "{\"reason\":\"FLARE_UP\"}"), patientsApi(201, Limit.NONE)),
                row("DELETE /api/me/rest-days/{date}", who -> call(who, "DELETE", "/api/me/rest-days/2026-11-10", null),
                        patientsApi(204, Limit.NONE)),
                row("GET /api/me/rest-days", who -> call(who, "GET", "/api/me/rest-days", null), patientsApi(200, Limit.NONE)),
                row("GET /api/me/trends", who -> call(who, "GET", "/api/me/trends", null), patientsApi(200, Limit.NONE)),
                row("GET /api/me/reports/weekly", who -> call(who, "GET", "/api/me/reports/weekly?weeks=4", null),
                        patientsApi(200, Limit.NONE)),
                row("GET /api/me/overview", who -> call(who, "GET", "/api/me/overview?weeks=4", null),
                        patientsApi(200, Limit.NONE)),
                row("POST /api/me/shares", who -> call(who, "POST", "/api/me/shares", "{\"recipient\":\"x\",\"expiresInDays\":2}")
                        .then(response -> {
                            if (response.status() == 201) { // keep under the limit of active shares
                                client.delete("/api/me/shares/" + response.json().get("shareId").asString(), credentials.get(who));
                            }
                        }), patientsApi(201, Limit.PASSWORD_ONLY)),
                row("GET /api/me/shares", who -> call(who, "GET", "/api/me/shares", null), patientsApi(200, Limit.NONE)),
                row("GET /api/me/shares/{shareId}/accesses",
                        who -> call(who, "GET", "/api/me/shares/" + activeShareId + "/accesses", null),
                        patientsApi(200, Limit.PATIENTS_OWN)),
                row("DELETE /api/me/shares/{shareId}", this::revokeAFreshShare, patientsApi(204, Limit.PATIENTS_OWN)),
                row("PUT /api/me/reminders", who -> call(who, "PUT", "/api/me/reminders",
                        "{\"times\":[\"07:30\"],\"days\":[\"MON\",\"THU\"]}"), patientsApi(200, Limit.NONE)),
                row("GET /api/me/reminders", who -> call(who, "GET", "/api/me/reminders", null), patientsApi(200, Limit.NONE)),
                row("POST /api/me/calendar-feed", who -> call(who, "POST", "/api/me/calendar-feed", null)
                        .then(response -> {
                            if (response.status() == 201) {
                                assertThat(client.get(response.json().get("url").asString()
                                        .replaceFirst("^https?://[^/]+", ""), Auth.NONE).status()).isEqualTo(200);
                            }
                        }), patientsApi(201, Limit.NONE)),
                row("DELETE /api/me/calendar-feed", this::revokeAFreshFeed, patientsApi(204, Limit.NONE)),
                row("GET /api/me/export", who -> call(who, "GET", "/api/me/export?format=csv", null),
                        patientsApi(200, Limit.NONE)),
                row("POST /api/me/import", who -> call(who, "POST", "/api/me/import",
                        "{\"format\":\"backcare-tracker-export\",\"formatVersion\":1,\"facts\":[]}"),
                        patientsApi(200, Limit.NONE)),
                row("DELETE /api/me", this::eraseAFreshAccount, patientsApi(204, Limit.PASSWORD_ONLY)),
                // each call connects a fresh clinician, so the matrix's own connections stay as they are
                row("POST /api/me/clinicians", who -> {
                    Auth fresh = freshClinician();
                    String code = client.post("/api/clinician/invites", fresh, "{\"expiresInDays\":7}").json()
                            .get("code").asString();
                    return call(who, "POST", "/api/me/clinicians", "{\"code\":\"" + code + "\"}");
                }, patientsApi(201, Limit.NONE)),
                row("GET /api/me/clinicians", who -> call(who, "GET", "/api/me/clinicians", null), patientsApi(200, Limit.NONE)),
                row("GET /api/me/clinicians/{clinicianId}/accesses", who -> call(who, "GET", "/api/me/clinicians/"
                        + clinicians.get(Who.CLINICIAN) + "/accesses", null), patientsApi(200, Limit.PATIENTS_OWN)),
                row("DELETE /api/me/clinicians/{clinicianId}", this::disconnectAFreshClinician,
                        patientsApi(204, Limit.PATIENTS_OWN)),
                row("GET /api/me/messages", who -> call(who, "GET", "/api/me/messages", null), patientsApi(200, Limit.NONE)));
    }

    private Auth freshClinician() {
        String username = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        assertThat(client.post("/api/clinicians", Auth.NONE, """
                {"username":"%s","password":"%s","displayName":"Dr. Fresh","timeZone":"UTC","profession":"Physio"}"""
                .formatted(username, Api.PASSWORD)).status()).isEqualTo(201);
        return Auth.basic(username, Api.PASSWORD);
    }

    /** Each caller tries to disconnect a clinician the patient has just connected: afterwards it sees the patient exactly when the answer was not 204. */
    private Call disconnectAFreshClinician(Who who) {
        Auth fresh = freshClinician();
        Api.Response connected = connect(patient.auth(), fresh);
        assertThat(connected.status()).isEqualTo(201);
        String clinicianId = connected.json().get("clinicianId").asString();
        return call(who, "DELETE", "/api/me/clinicians/" + clinicianId, null).then(response ->
                assertThat(client.get("/api/clinician/patients/" + patient.id() + "/trends?weeks=1", fresh).status())
                        .isEqualTo(response.status() == 204 ? 404 : 200));
    }

    // --- the clinician's API ------------------------------------------------------------------------------

    /** Clinicians only; {@code patientsOwn}: about the matrix's patient, whom only the connected clinician sees. */
    static ToIntFunction<Who> cliniciansApi(int ok, boolean patientsOwn) {
        return who -> switch (who) {
            case ANONYMOUS, WRONG_PASSWORD, REVOKED_TOKEN, ACTIVE_SHARE, EXPIRED_SHARE, REVOKED_SHARE -> 401;
            case PATIENT, OTHER_PATIENT, PERSONAL_TOKEN, OPERATOR -> 403;
            case CLINICIAN -> ok;
            case OTHER_CLINICIAN, DISCONNECTED_CLINICIAN -> patientsOwn ? 404 : ok;
        };
    }

    private List<Row> cliniciansApi() {
        String patientPath = "/api/clinician/patients/" + patient.id();
        return List.of(
                row("POST /api/clinicians", who -> call(who, "POST", "/api/clinicians", """
                        {"username":"%s","password":"%s","displayName":"New","timeZone":"UTC","profession":"Physio"}"""
                        .formatted("c" + UUID.randomUUID().toString().substring(0, 12), Api.PASSWORD)), open(201)),
                row("POST /api/clinician/invites", who -> call(who, "POST", "/api/clinician/invites",
                        "{\"expiresInDays\":3}"), cliniciansApi(201, false)),
                row("GET /api/clinician/invites", who -> call(who, "GET", "/api/clinician/invites", null),
                        cliniciansApi(200, false)),
                row("DELETE /api/clinician/invites/{inviteId}", who -> {
                    String inviteId = client.post("/api/clinician/invites", credentials.get(Who.CLINICIAN),
                            "{\"expiresInDays\":3}").json().get("inviteId").asString();
                    return call(who, "DELETE", "/api/clinician/invites/" + inviteId, null);
                }, cliniciansApi(204, true)),
                row("GET /api/clinician/patients", who -> call(who, "GET", "/api/clinician/patients", null)
                        .then(response -> {
                            if (response.status() == 200) {
                                assertThat(response.body().contains(patient.id().toString()))
                                        .isEqualTo(who == Who.CLINICIAN);
                            }
                        }), cliniciansApi(200, false)),
                row("GET /api/clinician/patients/{patientId}", who -> call(who, "GET", patientPath + "?weeks=4", null),
                        cliniciansApi(200, true)),
                row("GET /api/clinician/patients/{patientId}/trends", who -> call(who, "GET", patientPath + "/trends",
                        null), cliniciansApi(200, true)),
                row("GET /api/clinician/patients/{patientId}/reports/weekly", who -> call(who, "GET",
                        patientPath + "/reports/weekly?weeks=4", null), cliniciansApi(200, true)),
                row("POST /api/clinician/patients/{patientId}/acknowledgements", who -> call(who, "POST",
                        patientPath + "/acknowledgements", "{\"through\":\"2026-11-01T00:00:00Z\"}"),
                        cliniciansApi(201, true)),
                row("PUT /api/clinician/patients/{patientId}/routine", who -> call(who, "PUT", patientPath + "/routine",
                        "{\"stretches\":[\"cat-cow\"],\"minutesPerDay\":10,\"daysPerWeek\":5}"), cliniciansApi(200, true)),
                row("PUT /api/clinician/patients/{patientId}/messages/{messageId}", who -> call(who, "PUT",
                        patientPath + "/messages/" + UUID.randomUUID(), "{\"text\":\"hello\"}"),
                        cliniciansApi(201, true)));
    }

    /** Each caller tries to revoke the patient's calendar feed: afterwards it opens exactly when the answer was not 204 (or another patient's own feed was revoked). */
    private Call revokeAFreshFeed(Who who) {
        Api.Response granted = client.post("/api/me/calendar-feed", patient.auth(), null);
        assertThat(granted.status()).isEqualTo(201);
        String path = granted.json().get("url").asString().replaceFirst("^https?://[^/]+", "");
        return call(who, "DELETE", "/api/me/calendar-feed", null).then(response -> {
            boolean patientsOwn = who == Who.PATIENT || who == Who.PERSONAL_TOKEN;
            assertThat(client.get(path, Auth.NONE).status()).isEqualTo(patientsOwn && response.status() == 204 ? 404 : 200);
        });
    }

    /**
     * Each caller tries to close an account: a patient (either of the two) closes a fresh one of their own, the
     * others try with their credentials and the right password. Afterwards the fresh account is gone exactly
     * when the answer was 204, and the matrix's own patient is always still there.
     */
    private Call eraseAFreshAccount(Who who) {
        Patient fresh = client.register("Europe/Lisbon");
        Auth auth = who == Who.PATIENT || who == Who.OTHER_PATIENT ? fresh.auth() : credentials.get(who);
        return new Call("DELETE", "/api/me", auth, "{\"password\":\"" + Api.PASSWORD + "\"}", JSON, response -> {
            assertThat(client.get("/api/me", fresh.auth()).status()).isEqualTo(response.status() == 204 ? 401 : 200);
            assertThat(client.get("/api/me", patient.auth()).status()).isEqualTo(200);
        });
    }

    /**
     * Each caller tries to revoke a token the patient has just issued, so that a refusal is seen on a live
     * token: afterwards it is revoked exactly when the answer was 204, and still works otherwise.
     */
    /** Each caller tries to withdraw an entry the patient has just recorded: another patient gets 404. */
    private Call withdrawAFresh(Who who, String kind, String body) {
        String id = UUID.randomUUID().toString();
        assertThat(client.put("/api/me/" + kind + "/" + id, patient.auth(), body).status()).isEqualTo(201);
        return call(who, "DELETE", "/api/me/" + kind + "/" + id, null);
    }

    private Call revokeAFreshToken(Who who) {
        Api.Response issued = client.post("/api/me/tokens", patient.auth(), "{\"name\":\"target of " + who + "\"}");
        assertThat(issued.status()).isEqualTo(201);
        String id = issued.json().get("id").asString();
        Auth target = Auth.bearer(issued.json().get("token").asString());
        return call(who, "DELETE", "/api/me/tokens/" + id, null).then(response -> {
            boolean listed = client.get("/api/me/tokens", patient.auth()).json().valueStream()
                    .anyMatch(token -> token.get("id").asString().equals(id));
            assertThat(listed).as("the target token is still active").isEqualTo(response.status() != 204);
            assertThat(client.get("/api/me", target).status()).isEqualTo(response.status() == 204 ? 401 : 200);
            if (listed) {
                assertThat(client.delete("/api/me/tokens/" + id, patient.auth()).status()).isEqualTo(204);
            }
        });
    }

    /** The same for share links: a refused revoke leaves the link opening the patient's progress. */
    private Call revokeAFreshShare(Who who) {
        Api.Response granted = client.post("/api/me/shares", patient.auth(), "{\"recipient\":\"target of " + who + "\",\"expiresInDays\":30}");
        assertThat(granted.status()).isEqualTo(201);
        String id = granted.json().get("shareId").asString();
        String token = granted.json().get("token").asString();
        return call(who, "DELETE", "/api/me/shares/" + id, null).then(response -> {
            String status = client.get("/api/me/shares", patient.auth()).json().valueStream()
                    .filter(share -> share.get("shareId").asString().equals(id)).findFirst().orElseThrow()
                    .get("status").asString();
            assertThat(status).isEqualTo(response.status() == 204 ? "REVOKED" : "ACTIVE");
            assertThat(client.get("/api/shared/" + token, Auth.NONE).status()).isEqualTo(response.status() == 204 ? 404 : 200);
            if (status.equals("ACTIVE")) {
                assertThat(client.delete("/api/me/shares/" + id, patient.auth()).status()).isEqualTo(204);
            }
        });
    }

    // --- signing in and out, public endpoints ----------------------------------------------------------

    /** Open to everyone; credentials that do not check out are refused all the same. */
    static ToIntFunction<Who> open(int ok) {
        return who -> who.badCredentials() ? 401 : ok;
    }

    private List<Row> signInAndPublic() {
        return List.of(
                // the web page's sign-in form, with each caller's secret as the password: only a password opens a session
                row("POST /api/session", this::signInForm,
                        who -> who == Who.PATIENT || who == Who.OTHER_PATIENT || who.clinician() ? 200 : 401),
                // signing out ends the cookie session; a request with credentials on it never had one to end
                row("DELETE /api/session", who -> call(who, "DELETE", "/api/session", null),
                        who -> who.badCredentials() ? 401 : who == Who.ANONYMOUS ? 204 : 405),
                row("POST /api/accounts", who -> call(who, "POST", "/api/accounts", """
                        {"username":"%s","password":"%s","displayName":"New","timeZone":"UTC"}"""
                        .formatted("n" + UUID.randomUUID().toString().substring(0, 12), Api.PASSWORD)), open(201)),
                row("GET /api/stretches", who -> call(who, "GET", "/api/stretches", null), open(200)),
                row("GET /page-context", who -> call(who, "GET", "/page-context", null), open(200)),
                row("GET /sw.js", who -> call(who, "GET", "/sw.js", null), open(200)),
                // a calendar feed opens with the secret in its address alone, for whoever has it
                row("GET /calendar/{token}.ics", who -> {
                    String url = client.post("/api/me/calendar-feed", patient.auth(), null).json().get("url").asString();
                    return call(who, "GET", url.replaceFirst("^https?://[^/]+", ""), null);
                }, open(200)),
                row("GET /v3/api-docs", who -> call(who, "GET", "/v3/api-docs", null), open(200)),
                row("GET /v3/api-docs.yaml", who -> call(who, "GET", "/v3/api-docs.yaml", null), open(200)),
                row("GET /v3/api-docs/swagger-config", who -> call(who, "GET", "/v3/api-docs/swagger-config", null), open(200)),
                row("GET /swagger-ui.html", who -> call(who, "GET", "/swagger-ui.html", null), open(302)),
                row("GET /actuator", who -> call(who, "GET", "/actuator", null), open(200)),
                row("GET /actuator/health", who -> call(who, "GET", "/actuator/health", null), open(200)),
                new Row("GET /actuator/health/**", "GET /actuator/health/**", who -> call(who, "GET", "/actuator/health/db", null),
                        open(404), NotFound.EMPTY),
                // the error page, called directly rather than forwarded to: there is nothing there
                row("* /error", who -> call(who, "GET", "/error", null), open(404)));
    }

    private Call signInForm(Who who) {
        String username = who == Who.OTHER_PATIENT ? other.username() : who == Who.OPERATOR ? "operator"
                : who.clinician() ? clinicianUsernames.get(who) : patient.username();
        String form = secrets.get(who) == null ? ""
                : "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(secrets.get(who), StandardCharsets.UTF_8);
        return new Call("POST", "/api/session", Auth.NONE, form, FORM, response -> {
            if (response.status() == 200) {
                assertThat(response.json().get("username").asString()).isEqualTo(username);
            }
        });
    }

    // --- share links ------------------------------------------------------------------------------------

    private static final List<String> SHARED = List.of("GET /api/shared/{token}", "GET /api/shared/{token}/trends",
            "GET /api/shared/{token}/reports/weekly", "GET /api/shared/{token}/overview", "GET /shared/{token}");

    private static String sharedPath(String mapping, String token) {
        String path = mapping.substring(mapping.indexOf(' ') + 1).replace("{token}", token);
        return path.contains("reports") || path.contains("overview") ? path + "?weeks=4" : path;
    }

    /** An active link with each caller's credentials in the header: a link needs no login, and a login opens no more. */
    private List<Row> sharedByCaller() {
        return SHARED.stream().map(mapping -> new Row(mapping + " (active link, caller's credentials)", mapping,
                who -> call(who, "GET", sharedPath(mapping, activeShare), null), open(200), notFound(mapping))).toList();
    }

    /** Every kind of secret in the path, sent by a patient who is signed in: only an active link opens anything. */
    private List<Row> sharedByLink() {
        return SHARED.stream().map(mapping -> new Row(mapping + " (the caller's secret as the link, patient signed in)", mapping,
                who -> new Call("GET", sharedPath(mapping, pathTokens.get(who)), patient.auth(), null, null, response -> {
                    if (response.status() != 200) {
                        assertThat(response.body()).doesNotContain("Test " + patient.username());
                    }
                }), who -> who == Who.ACTIVE_SHARE ? 200 : 404, notFound(mapping))).toList();
    }

    /** The physiotherapist's page says "not valid" in HTML; the API in problem+json. */
    private static NotFound notFound(String mapping) {
        return mapping.startsWith("GET /shared/") ? NotFound.PAGE : NotFound.PROBLEM;
    }

    // --- operations -------------------------------------------------------------------------------------

    static ToIntFunction<Who> operatorOnly() {
        return who -> switch (who) {
            case OPERATOR -> 200;
            case PATIENT, OTHER_PATIENT, PERSONAL_TOKEN, CLINICIAN, OTHER_CLINICIAN, DISCONNECTED_CLINICIAN -> 403;
            default -> 401;
        };
    }

    private StreamingEventProcessor readModels() {
        return processing.eventProcessor(ReadModelRebuild.READ_MODELS, StreamingEventProcessor.class).orElseThrow();
    }

    /**
     * The operator comes last in each row, so every other caller tries while the processor is in the state
     * the action would change: a refused stop leaves it running, a refused start leaves it stopped.
     */
    private List<Row> operations() {
        String action = "POST /actuator/readmodels/{action}";
        return List.of(
                row("GET /actuator/readmodels", who -> call(who, "GET", "/actuator/readmodels", null), operatorOnly()),
                row("GET /actuator/prometheus", who -> call(who, "GET", "/actuator/prometheus", null), operatorOnly()),
                new Row("POST /actuator/readmodels/stop", action, who -> call(who, "POST", "/actuator/readmodels/stop", "{}")
                        .then(response -> assertThat(readModels().isRunning()).isEqualTo(response.status() != 200)),
                        operatorOnly(), NotFound.PROBLEM),
                new Row("POST /actuator/readmodels/start", action, who -> call(who, "POST", "/actuator/readmodels/start", "{}")
                        .then(response -> assertThat(readModels().isRunning()).isEqualTo(response.status() == 200)),
                        operatorOnly(), NotFound.PROBLEM),
                new Row("POST /actuator/readmodels/rebuild", action, who -> call(who, "POST", "/actuator/readmodels/rebuild", "{}")
                        .then(response -> {
                            if (response.status() == 200) {
                                assertThat(response.json().get("done").asBoolean()).isTrue();
                                await().atMost(Duration.ofSeconds(30)).until(rebuild::isCaughtUp);
                                await().atMost(Duration.ofSeconds(10)).until(
                                        () -> client.get("/api/me/sessions/" + sessionId, patient.auth()).status() == 200);
                            }
                        }), operatorOnly(), NotFound.PROBLEM));
    }

    // --- the matrix ------------------------------------------------------------------------------------

    private Stream<DynamicContainer> matrix(List<Row> rows) {
        return rows.stream().map(row -> DynamicContainer.dynamicContainer(row.name(),
                Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(who.name(), () -> {
                    attempts.clearAll();
                    Call call = row.call().apply(who);
                    Api.Response response = client.send(call.method(), call.path(), call.auth(), call.body(), call.contentType());
                    assertThat(response.status()).as(call.method() + " " + call.path() + " answered " + response.body())
                            .isEqualTo(row.expected().applyAsInt(who));
                    if (response.status() == 404 && row.notFound() != NotFound.PROBLEM) {
                        if (row.notFound().contentType == null) {
                            assertThat(response.body()).isEmpty();
                        } else {
                            assertThat(response.header("Content-Type")).startsWith(row.notFound().contentType);
                        }
                    } else if (response.status() >= 400) {
                        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    }
                    if (who == Who.OTHER_PATIENT && call.auth() == credentials.get(Who.OTHER_PATIENT)
                            && !row.mapping().contains("{token}") && !row.mapping().contains("{patientId}")) {
                        // (a refused clinician path names the patient's id only because the caller sent it)
                        assertThat(response.body()).doesNotContain(patient.id().toString()).doesNotContain(patient.username());
                        if (response.status() < 300) { // a 404 may echo the id the caller sent, nothing more
                            assertThat(response.body()).doesNotContain(sessionId).doesNotContain(painId).doesNotContain("mine");
                        }
                    }
                    call.then().accept(response);
                }))));
    }

    @TestFactory
    @Order(1)
    Stream<DynamicContainer> the_patients_api() {
        return matrix(patientsApi());
    }

    @TestFactory
    @Order(2)
    Stream<DynamicContainer> signing_in_and_public_endpoints() {
        return matrix(signInAndPublic());
    }

    @TestFactory
    @Order(3)
    Stream<DynamicContainer> share_links_need_no_login() {
        return matrix(sharedByCaller());
    }

    @TestFactory
    @Order(4)
    Stream<DynamicContainer> share_links_open_only_while_active() {
        return matrix(sharedByLink());
    }

    @TestFactory
    @Order(5)
    Stream<DynamicTest> nothing_under_a_share_link_writes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
            for (String path : List.of("/api/shared/%s", "/api/shared/%s/trends", "/api/shared/%s/sessions/" + UUID.randomUUID(),
                    "/shared/%s")) {
                tests.add(DynamicTest.dynamicTest(method + " " + path.formatted("{active token}"), () -> {
                    long events = events();
                    Api.Response response = client.send(method, path.formatted(activeShare), Auth.NONE,
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
    @Order(5)
    Stream<DynamicContainer> the_clinicians_api() {
        return matrix(cliniciansApi());
    }

    @TestFactory
    @Order(6)
    Stream<DynamicContainer> operations_are_for_the_operator_only() {
        return matrix(operations());
    }

    /** Every mapping Spring MVC and the actuator serve ("GET /api/me", "* /error" for any method), and the filters' own. */
    private Set<String> mappedEndpoints() {
        Set<String> mapped = new TreeSet<>(FILTER_ENDPOINTS);
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        mapped.add("* " + pattern);
                    }
                    methods.forEach(method -> mapped.add(method + " " + pattern));
                }
            }
        }
        return mapped;
    }

    @Test
    @Order(0)
    void every_mapped_endpoint_has_a_row_and_every_row_a_mapped_endpoint() {
        Set<String> mapped = mappedEndpoints();
        Set<String> covered = Stream.of(patientsApi(), signInAndPublic(), sharedByCaller(), sharedByLink(), cliniciansApi(),
                        operations())
                .flatMap(List::stream).map(Row::mapping).collect(Collectors.toCollection(TreeSet::new));
        assertThat(mapped).as("mapped endpoints").isNotEmpty().contains("GET /api/me", "GET /actuator/readmodels");
        assertThat(mapped.stream().filter(endpoint -> !covered.contains(endpoint)).toList())
                .as("endpoints without a row in the authorization matrix").isEmpty();
        assertThat(covered.stream().filter(endpoint -> !mapped.contains(endpoint)).toList())
                .as("rows for endpoints that are not mapped").isEmpty();
    }
}
