package care.backcare.tracker.api.data;

import care.backcare.tracker.account.PatientErasedEvent;
import care.backcare.tracker.api.TrackerApplication;
import care.backcare.tracker.api.data.protection.PatientKeys;
import care.backcare.tracker.api.data.protection.PayloadCipher;
import care.backcare.tracker.api.operations.ReadModelRebuild;
import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.api.support.PostgresDatabase;
import care.backcare.tracker.api.support.ReadModelTables;
import care.backcare.tracker.api.support.TestClockConfig;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The patient's data is theirs: to take away (export), to bring back (import), and to have erased. */
@ExtendWith(OutputCaptureExtension.class)
class DataRightsTest extends PostgresApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReadModelRebuild rebuild;
    @Autowired
    EventStore eventStore;
    @Autowired
    PatientKeys keys;

    /** A patient with a bit of everything; returns the strings they typed. */
    private List<String> fill(Api api, Api.Patient patient) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> typed = new ArrayList<>(List.of("Test " + patient.username(), patient.username()));
        api.put("/api/me/routine", patient.auth(), """
                {"stretches":["pigeon-pose","cat-cow"],"minutesPerDay":15,"daysPerWeek":4}""");
        for (int day = 1; day <= 20; day++) {
            String at = "2026-%s-%02dT07:%02d:00Z".formatted(day <= 10 ? "10" : "11", day <= 10 ? day + 2 : day - 6, day);
            String note = "=stiff morning note " + tag + " " + day;
            typed.add(note);
            assertThat(api.put("/api/me/sessions/" + UUID.randomUUID(), patient.auth(),
                    Api.session(at, 5 + day, day % 7 == 0 ? "SHARP" : "MILD", note)).status()).isEqualTo(201);
            String painNote = "aches, \"quoted\" after gardening " + tag + " " + day;
            typed.add(painNote);
            assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), """
                    {"recordedAt":"%s","score":%d,"regions":["LOWER_BACK","HIPS"],"redFlags":[%s],"notes":"%s"}"""
                    .formatted(at.replace("T07", "T19"), day % 9, day % 6 == 0 ? "\"WORSE_AT_NIGHT\"" : "",
                            painNote.replace("\"", "\\\""))).status()).isEqualTo(201);
        }
        String tokenName = "kitchen tablet " + tag;
        typed.add(tokenName);
        api.post("/api/me/tokens", patient.auth(), "{\"name\":\"" + tokenName + "\"}");
        String recipient = "Dr. Quintela-" + tag;
        typed.add(recipient);
        String share = api.post("/api/me/shares", patient.auth(), "{\"recipient\":\"" + recipient + "\",\"expiresInDays\":30}")
                .json().get("token").asString();
        api.get("/api/shared/" + share, Api.Auth.NONE);
        return typed;
    }

    private void awaitCaughtUp(Api.Patient patient, int painEntries) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rebuild.isCaughtUp()
                && jdbc.sql("select count(*) from pain_log where patient_id = ?").param(patient.id())
                .query(Long.class).single() == painEntries
                && jdbc.sql("select count(*) from session_log where patient_id = ?").param(patient.id())
                .query(Long.class).single() == painEntries);
    }

    private byte[] download(Api.Patient patient, String format) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/me/export?format=" + format))
                .header("Authorization", patient.auth().header()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("backcare-export-2026-11-18");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        return response.body();
    }

    @Test
    void the_json_export_holds_every_fact_in_order_with_ids_and_times_and_no_secrets() throws Exception {
        Api.Patient patient = api.register("Europe/Lisbon");
        fill(api, patient);
        JsonNode export = JSON.readTree(download(patient, "json"));

        assertThat(export.get("format").asString()).isEqualTo("backcare-tracker-export");
        JsonNode facts = export.get("facts");
        // registration, routine, 20 sessions, 20 pain entries, a token and a share (its use is in the audit log,
        // not in the history: docs/adr/0005)
        assertThat(facts.size()).isEqualTo(44);
        for (int i = 0; i < facts.size(); i++) {
            assertThat(facts.get(i).get("sequence").asLong()).isEqualTo(i);
            assertThat(facts.get(i).get("id").asString()).isNotBlank();
            assertThat(facts.get(i).get("timestamp").asString()).endsWith("Z");
        }
        assertThat(facts.get(0).get("type").asString()).isEqualTo("care.backcare.tracker.account.PatientRegisteredEvent");
        assertThat(facts.get(0).get("payload").get("username").asString()).isEqualTo(patient.username());
        String text = export.toString();
        assertThat(text).doesNotContain("tokenHash").contains("kitchen tablet").contains("Dr. Quintela");
    }

    @Test
    void the_csv_export_is_four_quoted_files_with_formulas_defused() throws Exception {
        Api.Patient patient = api.register("Europe/Lisbon");
        fill(api, patient);
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download(patient, "csv")))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsOnlyKeys("sessions.csv", "exercises.csv", "pain.csv", "rest-days.csv");
        List<String> sessions = files.get("sessions.csv").lines().toList();
        assertThat(sessions.get(0)).isEqualTo("session_id,completed_at,local_date,time_zone,duration_minutes,pain_during,notes,withdrawn_at");
        assertThat(sessions).hasSize(21);
        assertThat(sessions.get(1)).contains(",2026-10-03T07:01:00Z,2026-10-03,Europe/Lisbon,6,MILD,'=stiff morning note ");
        assertThat(files.get("exercises.csv").lines()).hasSize(41);
        assertThat(files.get("pain.csv").lines().skip(1))
                .allSatisfy(line -> assertThat(line).contains(",HIPS;LOWER_BACK,").contains("\"aches, \"\"quoted\"\" after"));
        assertThat(files.get("rest-days.csv")).isEqualTo("date,reason,notes,recorded_at,cancelled_at\r\n");
    }

    @Test
    void the_fhir_export_passes_the_r4_structure_checks_and_reads_back() throws Exception {
        Api.Patient patient = api.register("Europe/Lisbon");
        fill(api, patient);
        String fhir = new String(download(patient, "fhir"), StandardCharsets.UTF_8);

        FhirContext context = FhirContext.forR4();
        FhirValidator validator = context.newValidator();
        validator.setValidateAgainstStandardSchema(true);
        validator.setValidateAgainstStandardSchematron(false);
        ValidationResult result = validator.validateWithResult(fhir);
        assertThat(result.getMessages()).describedAs(result.getMessages().toString()).isEmpty();
        assertThat(result.isSuccessful()).isTrue();

        Bundle bundle = context.newJsonParser().parseResource(Bundle.class, fhir);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        List<Observation> observations = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
        List<Observation> pain = observations.stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("72514-3")).toList();
        List<Observation> sessions = observations.stream()
                .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("55411-3")).toList();
        assertThat(pain).hasSize(20).allSatisfy(o -> {
            assertThat(o.getValueIntegerType().getValue()).isBetween(0, 10);
            assertThat(o.getBodySite().getCoding()).extracting(c -> c.getSystem() + "|" + c.getCode())
                    .containsExactlyInAnyOrder("http://snomed.info/sct|37822005", "http://snomed.info/sct|29836001");
        });
        assertThat(pain.stream().filter(o -> o.getComponent().size() == 1)).hasSize(3); // days 6, 12, 18: a red flag
        assertThat(sessions).hasSize(20).allSatisfy(o -> {
            assertThat(o.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("activity");
            assertThat(o.getValueQuantity().getCode()).isEqualTo("min");
            assertThat(o.getComponent()).hasSize(2);
        });
        assertThat(bundle.getEntry()).filteredOn(e -> e.getResource() instanceof CarePlan).hasSize(1);
        assertThat(bundle.getEntry()).filteredOn(e -> e.getResource() instanceof org.hl7.fhir.r4.model.Patient)
                .singleElement().satisfies(e -> assertThat(((org.hl7.fhir.r4.model.Patient) e.getResource())
                        .getNameFirstRep().getText()).isEqualTo("Test " + patient.username()));
    }

    @Test
    void a_wrong_password_erases_nothing() {
        Api.Patient patient = api.register("Europe/Lisbon");
        assertThat(api.send("DELETE", "/api/me", patient.auth(), "{\"password\":\"not the password at all\"}").status())
                .isEqualTo(401);
        assertThat(api.send("DELETE", "/api/me", patient.auth(), "{}").status()).isEqualTo(400);
        assertThat(api.get("/api/me", patient.auth()).status()).isEqualTo(200);
        assertThat(keys.isErased(patient.id())).isFalse();
    }

    @Test
    void erasure_leaves_none_of_the_patients_words_in_any_table_dump_or_log_and_others_unchanged(CapturedOutput output)
            throws Exception {
        Api.Patient ana = api.register("Europe/Lisbon");
        Api.Patient ben = api.register("Asia/Tokyo");
        List<String> typed = fill(api, ana);
        fill(api, ben);
        String anasToken = api.post("/api/me/tokens", ana.auth(), "{\"name\":\"watch\"}").json().get("token").asString();
        awaitCaughtUp(ana, 20);
        awaitCaughtUp(ben, 20);
        String bensTrends = api.get("/api/me/trends?weeks=12", ben.auth()).body();
        assertThat(scan()).contains(ana.id().toString()); // the scan sees the read models

        assertThat(api.send("DELETE", "/api/me", ana.auth(), "{\"password\":\"" + Api.PASSWORD + "\"}").status())
                .isEqualTo(204);

        assertThat(api.get("/api/me", ana.auth()).status()).isEqualTo(401);
        assertThat(api.get("/api/me", Api.Auth.bearer(anasToken)).status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(30)).until(() -> rebuild.isCaughtUp()
                && jdbc.sql("select count(*) from session_log where patient_id = ?").param(ana.id()).query(Long.class).single() == 0);
        String everything = scan() + pgDump();
        for (String word : typed) {
            assertThat(everything).describedAs("the database still holds \"%s\"", word).doesNotContain(word);
            assertThat(output.getAll()).describedAs("the log holds \"%s\"", word).doesNotContain(word);
        }
        List<Object> left = new ArrayList<>();
        eventStore.readEvents(ana.id().toString(), 0).forEachRemaining(event -> left.add(event.getPayload()));
        assertThat(left).singleElement().isInstanceOf(PatientErasedEvent.class);
        assertThat(api.get("/api/me/trends?weeks=12", ben.auth()).body()).isEqualTo(bensTrends);

        // replays skip the erased patient cleanly: the rebuilt read models are the ones there were
        Map<String, List<Map<String, Object>>> before = ReadModelTables.dump(jdbc);
        rebuild.rebuildAccess();
        rebuild.rebuildTracked();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(rebuild.isCaughtUp()).isTrue();
            assertThat(ReadModelTables.dump(jdbc)).isEqualTo(before);
        });
        assertThat(api.get("/api/me/trends?weeks=12", ben.auth()).body()).isEqualTo(bensTrends);

        // the username is free again, for a new account with nothing of the old one
        assertThat(api.post("/api/accounts", Api.Auth.NONE, """
                {"username":"%s","password":"%s","displayName":"Someone else","timeZone":"UTC"}"""
                .formatted(ana.username(), Api.PASSWORD)).status()).isEqualTo(201);
        assertThat(api.get("/api/me/sessions?from=2026-01-01&to=2026-12-31", ana.auth()).json().size()).isZero();
    }

    @Test
    void events_stored_before_encryption_are_read_as_they_are_and_sealed_when_the_patient_is_erased() {
        Api.Patient old = api.register("Europe/Lisbon");
        String note = "written before encryption " + UUID.randomUUID();
        api.put("/api/me/sessions/" + UUID.randomUUID(), old.auth(), Api.session("2026-11-17T07:00:00Z", 10, "NONE", note));
        // the fixture: the session's stored payload as an older server wrote it, plain JSON
        byte[] stored = jdbc.sql("select payload from domain_event_entry where aggregate_identifier = ? and sequence_number = 1")
                .param(old.id().toString()).query(byte[].class).single();
        assertThat(PayloadCipher.isEncrypted(stored)).isTrue();
        byte[] plain = PayloadCipher.decrypt(keys.forReading(old.id()).orElseThrow(), stored);
        assertThat(new String(plain, StandardCharsets.UTF_8)).contains(note).startsWith("{");
        jdbc.sql("update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 1")
                .params(plain, old.id().toString()).update();

        List<DomainEventMessage<?>> read = new ArrayList<>();
        eventStore.readEvents(old.id().toString(), 0).forEachRemaining(read::add);
        assertThat(read.get(1).getPayload().toString()).contains(note);
        assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), old.auth(), Api.pain("2026-11-18T08:00:00Z", 3, ""))
                .status()).isEqualTo(201);

        assertThat(api.send("DELETE", "/api/me", old.auth(), "{\"password\":\"" + Api.PASSWORD + "\"}").status())
                .isEqualTo(204);
        byte[] after = jdbc.sql("select payload from domain_event_entry where aggregate_identifier = ? and sequence_number = 1")
                .param(old.id().toString()).query(byte[].class).single();
        assertThat(PayloadCipher.isEncrypted(after)).isTrue();
        assertThat(new String(after, StandardCharsets.ISO_8859_1)).doesNotContain(note);
    }

    @Test
    void an_import_is_all_or_nothing_and_recognises_what_is_already_there() throws Exception {
        Api.Patient patient = api.register("Europe/Lisbon");
        fill(api, patient);
        String export = new String(download(patient, "json"), StandardCharsets.UTF_8);

        Api.Response again = api.post("/api/me/import", patient.auth(), export);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("added").asInt()).isZero();
        assertThat(again.json().get("alreadyPresent").asInt()).isEqualTo(41);
        assertThat(again.json().get("skipped").asInt()).isEqualTo(3);

        long events = jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(patient.id().toString()).query(Long.class).single();
        String changed = export.replaceFirst("\"durationMinutes\" : 6,", "\"durationMinutes\" : 7,");
        assertThat(changed).isNotEqualTo(export);
        Api.Response conflict = api.post("/api/me/import", patient.auth(), changed);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("conflicts").size()).isEqualTo(1);

        String invalid = export.replaceFirst("\"score\" : \\d+", "\"score\" : 11")
                .replaceFirst("\"type\" : \"care.backcare.tracker.session.SessionCompletedEvent\"",
                        "\"type\" : \"java.lang.Runtime\"");
        Api.Response refused = api.post("/api/me/import", patient.auth(), invalid);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString()).contains("score").contains("java.lang.Runtime");

        assertThat(api.post("/api/me/import", patient.auth(), "{\"facts\":[]}").status()).isEqualTo(400);
        assertThat(api.post("/api/me/import", patient.auth(), "not json").json().get("detail").asString())
                .contains("not JSON");
        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(api.send("POST", "/api/me/import", patient.auth(), new String(huge, StandardCharsets.US_ASCII),
                "application/json").status()).isEqualTo(413);
        assertThat(jdbc.sql("select count(*) from domain_event_entry where aggregate_identifier = ?")
                .param(patient.id().toString()).query(Long.class).single()).isEqualTo(events);
    }

    @Test
    void a_patient_moved_to_a_fresh_server_has_the_same_trends_to_the_digit() throws Exception {
        Api.Patient patient = api.register("Europe/Lisbon");
        fill(api, patient);
        awaitCaughtUp(patient, 20);
        String trends = api.get("/api/me/trends?weeks=12", patient.auth()).body();
        String export = new String(download(patient, "json"), StandardCharsets.UTF_8);

        String schema = "moved_" + Long.toString(System.nanoTime(), 36);
        PostgresDatabase.Connection database = PostgresDatabase.get().inSchema(schema);
        try (ConfigurableApplicationContext fresh = new SpringApplicationBuilder(TrackerApplication.class,
                TestClockConfig.class).run("--server.port=0", "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--spring.flyway.schemas=" + schema,
                "--spring.flyway.default-schema=" + schema)) {
            Api elsewhere = new Api("http://localhost:" + ((WebServerApplicationContext) fresh).getWebServer().getPort());
            Api.Patient moved = elsewhere.register("Europe/Lisbon");
            Api.Response imported = elsewhere.post("/api/me/import", moved.auth(), export);
            assertThat(imported.status()).describedAs(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("added").asInt()).isEqualTo(41);
            ReadModelRebuild freshRebuild = fresh.getBean(ReadModelRebuild.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(freshRebuild.isCaughtUp()).isTrue();
                assertThat(elsewhere.get("/api/me/trends?weeks=12", moved.auth()).body()).isEqualTo(trends);
            });
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    /** Every table of the schema, every row, every column as text (bytes read as UTF-8, to find plain JSON). */
    private String scan() {
        StringBuilder all = new StringBuilder();
        List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema "
                + "and table_type = 'BASE TABLE'").query(String.class).list();
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.sql("select * from " + table).query().listOfRows()) {
                for (Object value : row.values()) {
                    all.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value).append('\n');
                }
            }
        }
        return all.toString();
    }

    /** pg_dump of the whole database, when the tool is there (the table scan above covers the same ground). */
    private static String pgDump() throws IOException, InterruptedException {
        PostgresDatabase.Connection database = PostgresDatabase.get();
        URI uri = URI.create(database.url().substring("jdbc:".length()));
        ProcessBuilder dump = new ProcessBuilder("pg_dump", "--no-owner", "-h", uri.getHost(),
                "-p", Integer.toString(uri.getPort()), "-U", database.username(), uri.getPath().substring(1));
        dump.environment().put("PGPASSWORD", database.password());
        try {
            Process process = dump.redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            return process.waitFor() == 0 ? new String(out, StandardCharsets.UTF_8) : "";
        } catch (IOException noTool) {
            return "";
        }
    }

}
