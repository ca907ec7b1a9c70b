package care.backcare.tracker.api.report;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.report.PrintedFigures;
import care.backcare.tracker.trend.ChangeVerdict;
import care.backcare.tracker.trend.Correlation;
import care.backcare.tracker.trend.PainChange;
import care.backcare.tracker.trend.Trends;
import care.backcare.tracker.trend.WeekTrend;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A patient with twelve weeks of history downloads a report whose every number matches the trends endpoint. */
class WeeklyReportTest extends PostgresApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private Download download(String path, Api.Auth auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (auth.header() != null) {
            request.header("Authorization", auth.header());
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    private int painEntries;

    /** Twelve weeks ending with W47: sessions on a varying number of days, pain drifting down, one red flag. */
    private Patient twelveWeeksOfHistory() {
        Patient patient = api.register("Europe/Lisbon");
        Random random = new Random(47);
        LocalDate monday = LocalDate.of(2026, 8, 31); // W36
        for (int week = 0; week < 12; week++) {
            int activeDays = 1 + (week * 3 + random.nextInt(3)) % 7;
            for (int day = 0; day < activeDays; day++) {
                LocalDate date = monday.plusWeeks(week).plusDays(day);
                if (date.isAfter(LocalDate.of(2026, 11, 18))) {
                    break;
                }
                api.put("/api/me/sessions/" + UUID.randomUUID(), patient.auth(),
                        Api.session(date + "T07:30:00Z", 8 + day, day == 2 && week == 5 ? "SHARP" : "NONE",
                                day == 0 ? "week " + week : null));
            }
            for (int entry = 0; entry < 2; entry++) {
                LocalDate date = monday.plusWeeks(week).plusDays(entry * 2);
                int score = Math.max(1, 8 - week / 2 - random.nextInt(2));
                if (api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(),
                        Api.pain(date + "T20:00:00Z", score, week == 10 && entry == 1 ? "\"WORSE_AT_NIGHT\"" : ""))
                        .status() == 201) {
                    painEntries++;
                }
            }
        }
        return patient;
    }

    @Test
    void every_figure_of_the_report_matches_the_trends_endpoint() throws Exception {
        Patient patient = twelveWeeksOfHistory();
        JsonNode trends = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/me/trends?weeks=12", patient.auth()).json(),
                json -> json.get("weeks").valueStream().mapToInt(w -> w.get("painEntries").asInt()).sum() == painEntries);

        Download report = download("/api/me/reports/weekly?week=2026-W47&weeks=12", patient.auth());
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).isEqualTo("application/pdf");
        assertThat(report.disposition()).startsWith("attachment").contains("filename=\"backcare-report-2026-W47.pdf\"");
        assertThat(report.body()).startsWith("%PDF".getBytes());

        String text = text(report.body());
        assertThat(text).contains("Test " + patient.username()).contains("Week 2026-W47").contains("Europe/Lisbon");
        String flow = collapse(text);

        // every cell of the week-by-week table, printed by the report's own formatting from the endpoint's figures
        Trends endpoint = JSON.readValue(trends.toString(), Trends.class);
        List<WeekTrend> weeks = endpoint.weeks();
        assertThat(weeks).hasSize(12);
        assertThat(weeks.getLast().inProgress()).isTrue(); // the test clock's Wednesday of W47
        for (WeekTrend week : weeks) {
            // read as flowing text: the week in progress's "so far" may wrap under its week in the cell
            assertThat(flow).as(week.week()).contains(String.join(" ", PrintedFigures.weekRow(week)));
        }

        Correlation sameWeek = endpoint.correlation();
        Correlation nextWeek = endpoint.laggedCorrelation();
        assertThat(sameWeek.lagWeeks()).isZero();
        assertThat(nextWeek.lagWeeks()).isEqualTo(1);
        assertThat(flow).contains("Same week " + PrintedFigures.correlation(sameWeek))
                .contains("Next week " + PrintedFigures.correlation(nextWeek));
        // how pain and consistency moved: trends, the time-adjusted association, next-day pain, word for word
        for (String line : PrintedFigures.movement(endpoint)) {
            assertThat(flow).contains(line);
        }

        PainChange change = endpoint.change();
        assertThat(change.verdict()).isNotEqualTo(ChangeVerdict.NOT_ENOUGH_DATA);
        assertThat(flow).contains("CHANGE IN PAIN SINCE BASELINE " + PrintedFigures.points(change.delta()))
                .contains("Baseline " + PrintedFigures.mean(change.baselinePainMean()) + " ("
                        + PrintedFigures.dates(change.baselineFrom(), change.baselineTo()) + ")")
                .contains("latest " + PrintedFigures.mean(change.latestPainMean()) + " ("
                        + PrintedFigures.dates(change.latestFrom(), change.latestTo()) + ")")
                .contains("Change " + PrintedFigures.points(change.delta()) + ", " + PrintedFigures.signed(change.percent())
                        + " % of baseline")
                .contains(PrintedFigures.verdict(change));
        assertThat(flow.contains("Meets the usual threshold")).isEqualTo(change.clinicallyMeaningful());
        assertThat(text).contains("Red flags").contains("Worse at night").contains("Sharp pain during a session")
                .contains("It is not a diagnosis").contains("Page 1 of ");
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void a_bad_week_or_window_is_a_400_problem() throws Exception {
        Patient patient = api.register("Europe/Lisbon");
        for (String query : new String[]{"week=2026-47", "week=2026-W54", "week=2026-W48", "weeks=3", "weeks=53", "weeks=x",
                "week=1900-W01&weeks=4"}) {
            Api.Response response = api.get("/api/me/reports/weekly?" + query, patient.auth());
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(query).startsWith("application/problem+json");
        }
        // v1.1: the default report week is the last complete one (the test clock's Wednesday is in W47)
        assertThat(download("/api/me/reports/weekly", patient.auth()).disposition()).contains("backcare-report-2026-W46.pdf");
        assertThat(download("/api/me/reports/weekly?week=2025-W01&weeks=4", patient.auth()).status()).isEqualTo(200);

        // a well-formed week so early that its window would begin before 1900-W01, the first week there is
        String token = api.post("/api/me/shares", patient.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":30}")
                .json().get("token").asString();
        List<String> paths = List.of(
                "/api/me/reports/weekly?week=1900-W01&weeks=4",
                "/api/me/overview?week=1900-W01&weeks=4",
                "/api/me/reports/weekly?week=1900-W03&weeks=4",
                "/api/me/overview?week=1900-W51&weeks=52",
                "/api/shared/" + token + "/reports/weekly?week=1900-W01&weeks=4",
                "/api/shared/" + token + "/overview?week=1900-W01&weeks=4");
        for (String path : paths) {
            Api.Auth auth = path.startsWith("/api/shared/") ? Api.Auth.NONE : patient.auth();
            Api.Response response = api.get(path, auth);
            String query = path.substring(path.indexOf('?'));
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString()).as(query).isEqualTo("week");
        }
        assertThat(api.get("/api/me/reports/weekly?week=1900-W01&weeks=4", patient.auth()).json()
                .get("errors").get(0).get("message").asString()).isEqualTo("must be 1900-W04 or later for a window of 4 weeks");
        // the earliest week a window fits in is a report like any other
        Download earliest = download("/api/me/reports/weekly?week=1900-W04&weeks=4", patient.auth());
        assertThat(earliest.status()).isEqualTo(200);
        assertThat(text(earliest.body())).contains("Week 1900-W04");
        assertThat(api.get("/api/shared/" + token + "/overview?week=1900-W52&weeks=52", Api.Auth.NONE).status())
                .isEqualTo(200);
    }

    @Test
    void a_physiotherapist_downloads_the_same_report_through_a_share_and_the_patient_sees_it() throws Exception {
        Patient patient = api.register("Europe/Lisbon");
        api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), Api.pain("2026-11-17T08:00:00Z", 6, "\"LEG_WEAKNESS\""));
        JsonNode share = api.post("/api/me/shares", patient.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":30}").json();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/pain", patient.auth()).json().size() == 1);

        Download shared = download("/api/shared/" + share.get("token").asString() + "/reports/weekly?week=2026-W47",
                Api.Auth.NONE);
        assertThat(shared.status()).isEqualTo(200);
        // v1.1: leg weakness (v1's flag) is shown at its level, same day
        assertThat(text(shared.body())).contains("Leg weakness").contains("Same day");
        JsonNode accesses = api.get("/api/me/shares/" + share.get("shareId").asString() + "/accesses", patient.auth()).json();
        assertThat(accesses.get(0).get("view").asString()).isEqualTo("REPORT");
        assertThat(accesses.get(0).get("detail").asString()).isEqualTo("2026-W47, 12 weeks");

        api.delete("/api/me/shares/" + share.get("shareId").asString(), patient.auth());
        assertThat(download("/api/shared/" + share.get("token").asString() + "/reports/weekly", Api.Auth.NONE).status())
                .isEqualTo(404);
    }

    @Test
    void the_pdf_lists_an_emergency_of_this_week_before_older_soon_entries_and_marks_a_withdrawn_one() throws Exception {
        Patient patient = api.register("Europe/Lisbon");
        api.put("/api/me/health-profile", patient.auth(), "{\"riskFactors\":[\"HISTORY_OF_CANCER\"]}");
        for (String date : List.of("2026-10-20", "2026-10-27", "2026-11-03")) {
            api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), Api.pain(date + "T20:00:00Z", 5,
                    "\"PAIN_RADIATING_DOWN_LEG\""));
        }
        api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), """
                {"recordedAt":"2026-11-17T07:00:00Z","score":8,"regions":["LOWER_BACK","LEGS"],
                 "redFlags":["BLADDER_OR_BOWEL_CHANGE"],"notes":"could not pee this morning"}""");
        String mistaken = "/api/me/pain/" + UUID.randomUUID();
        api.put(mistaken, patient.auth(), Api.pain("2026-11-16T09:00:00Z", 3, "\"SADDLE_NUMBNESS\""));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/pain?from=2026-10-01&to=2026-11-18",
                patient.auth()).json().size() == 5);
        assertThat(api.delete(mistaken, patient.auth()).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/pain?from=2026-10-01&to=2026-11-18",
                patient.auth()).json().size() == 4);

        String page1 = text(download("/api/me/reports/weekly?week=2026-W47", patient.auth()).body()).replaceAll("\\s+", " ");
        int emergency = page1.indexOf("Tue 17 Nov 2026, 07:00 Emergency 8/10");
        int soon = page1.indexOf("Soon 5/10");
        assertThat(emergency).isPositive();
        assertThat(soon).isGreaterThan(emergency);
        assertThat(page1).contains("“could not pee this morning”")
                .contains("withdrawn by the patient on 18 Nov 2026")
                .contains("Health profile").contains("History of cancer")
                .contains("Bladder or bowel change Emergency 1 17 Nov 17 Nov this week");
    }

    @Test
    void the_web_overview_carries_the_report_model_and_its_charts() {
        Patient patient = api.register("Europe/Lisbon");
        JsonNode overview = api.get("/api/me/overview?weeks=4", patient.auth()).json();
        assertThat(overview.get("report").get("trends").get("weeks")).hasSize(4);
        assertThat(overview.get("report").get("plan").get("isDefault").asBoolean()).isTrue();
        assertThat(overview.get("charts").get("progress").asString()).startsWith("data:image/svg+xml;base64,");
    }

    /** Markup a patient might type or paste into a note: it must come out as the very characters typed. */
    static final String SESSION_NOTE = "<img src=x onerror=\"window.__xss=1\"> felt <b>bold</b> today";
    static final String PAIN_NOTE = "<b>bold</b> & <script>window.__xss=1</script> <i>stiff</i> &amp;";

    @Test
    void notes_with_markup_are_printed_as_written_in_the_patients_and_the_physios_pdf() throws Exception {
        Patient patient = api.register("Europe/Lisbon");
        assertThat(api.put("/api/me/sessions/" + UUID.randomUUID(), patient.auth(),
                Api.session("2026-11-17T07:30:00Z", 10, "SHARP", SESSION_NOTE)).status()).isEqualTo(201);
        assertThat(api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(), """
                {"recordedAt":"2026-11-17T20:00:00Z","score":5,"regions":["LOWER_BACK"],"redFlags":[],"notes":%s}"""
                .formatted(JsonMapper.builder().build().writeValueAsString(PAIN_NOTE))).status()).isEqualTo(201);
        JsonNode pain = await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/pain", patient.auth()).json(),
                entries -> entries.size() == 1);
        assertThat(pain.get(0).get("notes").asString()).as("stored and served as typed").isEqualTo(PAIN_NOTE);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/me/sessions", patient.auth()).json().size() == 1);
        String token = api.post("/api/me/shares", patient.auth(), "{\"recipient\":\"Dr. Silva\",\"expiresInDays\":30}")
                .json().get("token").asString();

        for (String path : List.of("/api/me/reports/weekly?week=2026-W47", "/api/shared/" + token + "/reports/weekly?week=2026-W47")) {
            Download report = download(path, path.startsWith("/api/me") ? patient.auth() : Api.Auth.NONE);
            assertThat(report.status()).as(path).isEqualTo(200);
            String text = text(report.body()).replaceAll("\\s+", " ");
            assertThat(text).as(path).contains("Notes from the week").contains(SESSION_NOTE).contains(PAIN_NOTE)
                    .contains("“" + SESSION_NOTE + "”") // quoted again under "Sharp pain during a session"
                    .doesNotContain("&lt;").doesNotContain("&amp;amp;");
        }
    }
}
