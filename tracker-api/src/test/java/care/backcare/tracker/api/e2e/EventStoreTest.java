package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.data.protection.PatientKeys;
import care.backcare.tracker.api.data.protection.PayloadCipher;
import java.nio.charset.StandardCharsets;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.EventReadCounter;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.session.CompleteSessionCommand;
import care.backcare.tracker.session.ExerciseEntry;
import care.backcare.tracker.session.SessionContent;
import care.backcare.tracker.session.SessionOutcome;
import care.backcare.tracker.session.Side;
import care.backcare.tracker.kernel.Recorded;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How events are stored on PostgreSQL, and why a command costs the same however long the history. */
// Its own application context (the counting storage) on the database the other end-to-end tests share.
// Closed after the class: a cached context would keep its read-model processor running beside theirs under the
// same owner name, and after a test's rebuild it could store its old position over the reset token, so that
// segment would never be replayed.
class EventStoreTest extends PostgresApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    Cache patientCache;
    @Autowired
    PatientKeys keys;

    @Test
    void payloads_are_bytea_and_no_large_objects_are_created() {
        Patient patient = api.register("Europe/Lisbon");
        api.put("/api/me/sessions/" + UUID.randomUUID(), patient.auth(), Api.session("2026-11-18T08:00:00Z", 10, "NONE", "n"));

        List<Map<String, Object>> columns = jdbc.sql("""
                        select table_name, column_name, data_type from information_schema.columns
                        where column_name in ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')
                          and table_schema = current_schema()""").query().listOfRows();
        assertThat(columns).isNotEmpty().allSatisfy(column -> assertThat(column.get("data_type")).isEqualTo("bytea"));
        assertThat(jdbc.sql("select count(*) from pg_largeobject_metadata").query(Long.class).single()).isZero();

        // v1.1: the JSON is sealed with the patient's own key (docs/adr/0501); opened with it, it is the event's JSON
        byte[] stored = jdbc.sql("""
                        select payload from domain_event_entry
                        where aggregate_identifier = ? and payload_type like '%SessionCompletedEvent'""")
                .param(patient.id().toString()).query(byte[].class).single();
        assertThat(PayloadCipher.isEncrypted(stored)).isTrue();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("durationMinutes");
        String payload = new String(PayloadCipher.decrypt(keys.forReading(patient.id()).orElseThrow(), stored),
                StandardCharsets.UTF_8);
        assertThat(payload).startsWith("{").contains("\"durationMinutes\":10").contains("\"timeZone\":\"Europe/Lisbon\"");
    }

    @Test
    void the_global_index_grows_one_by_one() {
        Map<String, Object> identity = jdbc.sql("""
                        select is_identity, identity_increment from information_schema.columns
                        where table_name = 'domain_event_entry' and column_name = 'global_index'""")
                .query().singleRow();
        assertThat(identity.get("is_identity")).isEqualTo("YES");
        assertThat(identity.get("identity_increment")).isEqualTo("1");

        Patient patient = api.register("Europe/Lisbon");
        for (int i = 0; i < 3; i++) {
            api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), Api.pain("2026-11-18T08:0" + i + ":00Z", 3, ""));
        }
        List<Long> indexes = jdbc.sql("select global_index from domain_event_entry where aggregate_identifier = ? "
                + "order by global_index").param(patient.id().toString()).query(Long.class).list();
        assertThat(indexes).hasSize(4);
        assertThat(indexes.get(3) - indexes.get(0)).isEqualTo(3);
    }

    @Test
    void a_command_for_a_patient_with_thousands_of_events_reads_no_more_than_the_events_since_the_last_snapshot() {
        Patient patient = api.register("Europe/Lisbon");
        int history = 2_500;
        Instant start = clock.instant().minus(Duration.ofDays(300));
        for (int i = 0; i < history; i++) {
            assertThat(log(patient, start.plus(Duration.ofMinutes(i * 90L)))).isEqualTo(Recorded.NEW);
        }

        Long snapshotAt = jdbc.sql("select max(sequence_number) from snapshot_event_entry where aggregate_identifier = ?")
                .param(patient.id().toString()).query(Long.class).single();
        assertThat(snapshotAt).isNotNull().isGreaterThanOrEqualTo(history - 100L);

        // warm: the cached aggregate needs nothing from the store
        EventReadCounter.EVENTS_READ.set(0);
        log(patient, clock.instant().minusSeconds(60));
        assertThat(EventReadCounter.EVENTS_READ.get()).isZero();

        // cold (another node, a restart): the snapshot plus the few events after it, never the whole history
        patientCache.removeAll();
        EventReadCounter.EVENTS_READ.set(0);
        log(patient, clock.instant().minusSeconds(30));
        assertThat(EventReadCounter.EVENTS_READ.get()).isBetween(1L, 101L);

        // and the history is all there: an old id is still recognised as already recorded
        assertThat(log(patient, start, new UUID(0, 1))).isEqualTo(Recorded.NEW);
        patientCache.removeAll();
        assertThat(log(patient, start, new UUID(0, 1))).isEqualTo(Recorded.ALREADY_RECORDED);
    }

    private Recorded log(Patient patient, Instant at) {
        return log(patient, at, UUID.randomUUID());
    }

    private Recorded log(Patient patient, Instant at, UUID sessionId) {
        SessionOutcome outcome = commands.sendAndWait(new CompleteSessionCommand(patient.id(), sessionId,
                new SessionContent(at, 10, List.of(new ExerciseEntry("childs-pose", 30, 1, Side.BOTH)), null, null)));
        return outcome.recorded();
    }
}
