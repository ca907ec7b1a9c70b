package care.backcare.tracker.api.e2e;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.Api.Patient;
import care.backcare.tracker.api.support.PostgresApiTest;
import care.backcare.tracker.report.PrintedFigures;
import care.backcare.tracker.trend.ChangeVerdict;
import care.backcare.tracker.trend.PainChange;
import care.backcare.tracker.trend.Trends;
import care.backcare.tracker.trend.WeekTrend;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A patient with 26 weeks of sessions, pain entries and rest days gets the same figures from the trends endpoint,
 * the PDF and the page's overview; a few figures are recomputed here from the raw entries, independently of the
 * engine, as the outside script does. Today is the test clock's Wednesday of 2026-W47.
 */
class TwentySixWeeksTest extends PostgresApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    private final Map<LocalDate, List<Integer>> scores = new TreeMap<>();
    private final List<LocalDate> sessionDates = new ArrayList<>();

    @Test
    void the_endpoint_the_pdf_and_the_page_show_the_same_figures_and_a_plain_recomputation_agrees() throws Exception {
        Patient patient = api.register("Europe/Lisbon");
        api.put("/api/me/routine", patient.auth(), """
                {"stretches":["cat-cow","childs-pose"],"minutesPerDay":10,"daysPerWeek":5}""");
        Random random = new Random(26);
        LocalDate first = LocalDate.of(2026, 5, 25); // Monday of W22
        LocalDate today = LocalDate.of(2026, 11, 18);
        int painEntries = 0;
        for (LocalDate date = first; !date.isAfter(today); date = date.plusDays(1)) {
            long week = java.time.temporal.ChronoUnit.WEEKS.between(first, date);
            if (random.nextDouble() < 0.3 + week * 0.02) {
                api.put("/api/me/sessions/" + UUID.randomUUID(), patient.auth(),
                        Api.session(date + "T08:15:00Z", 10 + random.nextInt(10), "NONE", null));
                sessionDates.add(date);
            } else if (random.nextDouble() < 0.08) {
                jdbc.sql("insert into rest_day_log (patient_id, rest_date, reason, recorded_at) values (?, ?, 'FLARE_UP', ?)")
                        .params(patient.id(), date, Instant.parse("2026-11-18T09:00:00Z").atOffset(ZoneOffset.UTC)).update();
            }
            int entries = random.nextDouble() < 0.7 ? 1 + random.nextInt(2) : 0;
            for (int i = 0; i < entries; i++) {
                int score = (int) Math.max(0, Math.min(10, Math.round(7 - week * 0.15 + random.nextGaussian())));
                api.put("/api/me/pain/" + UUID.randomUUID(), patient.auth(),
                        Api.pain(date + "T" + (12 + i * 6) + ":00:00Z", score, ""));
                scores.computeIfAbsent(date, d -> new ArrayList<>()).add(score);
                painEntries++;
            }
        }
        int expectedEntries = painEntries;
        JsonNode json = await().atMost(Duration.ofSeconds(60)).until(
                () -> api.get("/api/me/trends?weeks=26", patient.auth()).json(),
                body -> body.get("weeks").valueStream().mapToInt(w -> w.get("painEntries").asInt()).sum() == expectedEntries);
        Trends trends = JSON.readValue(json.toString(), Trends.class);
        assertThat(trends.weeks()).hasSize(26);
        assertThat(trends.weeks().getLast().inProgress()).isTrue();
        assertThat(trends.timeAdjustedCorrelation().sufficient()).isTrue();
        assertThat(trends.nextDayPain().sufficient()).isTrue();
        assertThat(trends.change().verdict()).isNotEqualTo(ChangeVerdict.NOT_ENOUGH_DATA);

        // the page's overview carries the very same trends (the page prints them as they come)
        JsonNode overview = api.get("/api/me/overview?week=2026-W47&weeks=26", patient.auth()).json();
        assertThat(overview.get("report").get("trends")).isEqualTo(json);
        // the same window through the week parameter
        assertThat(api.get("/api/me/trends?week=2026-W47&weeks=26", patient.auth()).json()).isEqualTo(json);

        // the PDF prints the endpoint's figures
        String text = pdfText(patient, "/api/me/reports/weekly?week=2026-W47&weeks=26");
        String flow = collapse(text);
        for (WeekTrend week : trends.weeks()) {
            // read as flowing text: the week in progress's "so far" may wrap under its week in the cell
            assertThat(flow).as(week.week()).contains(String.join(" ", PrintedFigures.weekRow(week)));
        }
        for (String line : PrintedFigures.movement(trends)) {
            assertThat(flow).contains(line);
        }
        PainChange change = trends.change();
        assertThat(flow).contains("Baseline " + PrintedFigures.mean(change.baselinePainMean()) + " ("
                        + PrintedFigures.dates(change.baselineFrom(), change.baselineTo()) + ")")
                .contains("Change " + PrintedFigures.points(change.delta()))
                .contains(PrintedFigures.verdict(change));

        // an independent recomputation from the raw entries: weekly pain means and the change's periods
        for (WeekTrend week : trends.weeks()) {
            assertThat(week.painMean()).as(week.week()).isEqualTo(meanOfDailyMeans(week.start(), week.end()));
        }
        LocalDate firstPain = scores.keySet().iterator().next();
        assertThat(change.baselineFrom()).isEqualTo(firstPain);
        assertThat(change.baselinePainMean()).isEqualTo(meanOfDailyMeans(firstPain, firstPain.plusDays(13)));
        assertThat(change.latestTo()).isEqualTo(today.minusDays(1));
        assertThat(change.latestPainMean()).isEqualTo(meanOfDailyMeans(today.minusDays(14), today.minusDays(1)));
        WeekTrend full = trends.weeks().get(20);
        long active = sessionDates.stream().filter(d -> !d.isBefore(full.start()) && !d.isAfter(full.end())).distinct().count();
        assertThat(full.activeDays()).isEqualTo((int) active);
        // planned: 5 of 7 on each tracked date that is not a rest day without a session
        assertThat(full.plannedDays()).isEqualTo(round(5.0 * (7 - full.restDays()) / 7, 1));
    }

    /** The mean of the days' means, in decimals, half up to one decimal; null without a rated day. */
    private Double meanOfDailyMeans(LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        int rated = 0;
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            List<Integer> day = scores.get(date);
            if (day != null) {
                sum = sum.add(BigDecimal.valueOf(day.stream().mapToInt(Integer::intValue).sum())
                        .divide(BigDecimal.valueOf(day.size()), 30, RoundingMode.HALF_EVEN));
                rated++;
            }
        }
        return rated == 0 ? null : sum.divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static double round(double value, int decimals) {
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private String pdfText(Patient patient, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", patient.auth().header()).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
