package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.axonframework.updates.UpdateChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator and an integrator rely on: health, the OpenAPI description, no calls home. */
class OperationsTest extends PostgresApiTest {

    @Autowired
    ApplicationContext context;

    @Test
    void health_is_exactly_up() {
        Api.Response health = api.get("/actuator/health", Api.Auth.NONE);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void the_openapi_description_covers_the_contract() {
        JsonNode docs = api.get("/v3/api-docs", Api.Auth.NONE).json();
        assertThat(docs.get("paths").propertyNames()).contains("/api/accounts", "/api/me", "/api/me/tokens",
                "/api/me/tokens/{tokenId}", "/api/stretches", "/api/me/routine", "/api/me/sessions",
                "/api/me/sessions/{sessionId}", "/api/me/pain", "/api/me/pain/{entryId}", "/api/me/trends");
        assertThat(docs.get("components").get("securitySchemes").propertyNames()).contains("basic", "personalToken");
        assertThat(api.get("/swagger-ui.html", Api.Auth.NONE).status()).isIn(200, 302);
        assertThat(api.get("/swagger-ui/index.html", Api.Auth.NONE).status()).isEqualTo(200);
    }

    @Test
    void the_stretch_catalog_is_public_and_complete() {
        JsonNode catalog = api.get("/api/stretches", Api.Auth.NONE).json();
        assertThat(catalog).hasSize(15);
        JsonNode childsPose = catalog.valueStream().filter(s -> s.get("id").asString().equals("childs-pose"))
                .findFirst().orElseThrow();
        assertThat(childsPose.propertyNames()).containsExactly("id", "name", "kind", "regions", "defaultHoldSeconds",
                "defaultReps", "perSide", "bestTime", "steps", "cautions");
        assertThat(childsPose.get("kind").asString()).isEqualTo("STATIC_HOLD");
    }

    @Test
    void operators_see_every_segment_with_its_owner_position_and_lag() {
        Api.Patient patient = api.register("Europe/Lisbon");
        api.put("/api/me/pain/" + java.util.UUID.randomUUID(), patient.auth(), Api.pain("2026-11-18T08:00:00Z", 3, ""));
        Api.Auth operator = Api.Auth.bearer(OPERATOR_TOKEN);

        assertThat(api.get("/actuator/readmodels", Api.Auth.NONE).status()).isEqualTo(401);
        assertThat(api.get("/actuator/readmodels", patient.auth()).status()).isEqualTo(403);
        assertThat(api.get("/api/me", operator).status()).isEqualTo(403);

        JsonNode status = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(
                () -> api.get("/actuator/readmodels", operator).json(),
                json -> json.get("processors").valueStream()
                        .filter(p -> p.get("name").asString().equals("read-models"))
                        .allMatch(p -> p.get("maxLag").isNumber() && p.get("maxLag").asLong() == 0
                                && p.get("segments").valueStream().allMatch(segment -> segment.get("position").isNumber())));
        assertThat(status.get("head").asLong()).isPositive();
        JsonNode readModels = status.get("processors").valueStream()
                .filter(p -> p.get("name").asString().equals("read-models")).findFirst().orElseThrow();
        assertThat(readModels.get("segments")).hasSize(4);
        assertThat(readModels.get("segments").get(0).get("owner").asString()).isNotBlank();
        assertThat(readModels.get("segments").get(0).get("position").asLong()).isEqualTo(status.get("head").asLong());
        assertThat(status.get("processors").valueStream().map(p -> p.get("name").asString())).contains("access");

        Api.Response unknownAction = api.post("/actuator/readmodels/restart", operator, "{}");
        assertThat(unknownAction.status()).isEqualTo(400);
        assertThat(unknownAction.header("Content-Type")).startsWith("application/problem+json");
    }

    /** Sharing segments among nodes (SegmentBalancer) must never leave a lone node with less than all of them. */
    @Test
    void a_lone_node_owns_every_segment_of_the_read_models() {
        String me = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
        Api.Auth operator = Api.Auth.bearer(OPERATOR_TOKEN);
        JsonNode readModels = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(
                () -> api.get("/actuator/readmodels", operator).json().get("processors").valueStream()
                        .filter(p -> p.get("name").asString().equals("read-models")).findFirst().orElseThrow(),
                processor -> processor.get("segments").valueStream()
                        .allMatch(segment -> me.equals(segment.get("owner").asString())));
        assertThat(readModels.get("segments")).hasSize(4);
        assertThat(readModels.get("runningHere").asBoolean()).isTrue();
    }

    @Test
    void axon_never_phones_home() {
        assertThat(context.getBeanNamesForType(UpdateChecker.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty("axon.update-check.disabled", Boolean.class)).isTrue();
    }
}
