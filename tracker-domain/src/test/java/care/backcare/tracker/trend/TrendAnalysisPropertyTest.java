package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random diaries (seeded, so a failure repeats): the statistics never throw, stay within
 * their ranges, and agree with a plain recomputation of the weekly figures written here from the entries.
 */
class TrendAnalysisPropertyTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Lisbon"), ZoneId.of("Pacific/Kiritimati"),
            ZoneId.of("America/St_Johns"), ZoneId.of("UTC"));

    private static Diary randomDiary(Random random, LocalDate today) {
        Diary diary = new Diary();
        int span = 1 + random.nextInt(400);
        double sessionChance = random.nextDouble();
        double painChance = random.nextDouble();
        for (int back = 0; back < span; back++) {
            LocalDate date = today.minusDays(back);
            if (random.nextDouble() < sessionChance) {
                diary.session(date);
                if (random.nextInt(5) == 0) {
                    diary.session(date);
                }
            }
            if (random.nextDouble() < painChance) {
                int entries = 1 + random.nextInt(random.nextInt(6) == 0 ? 6 : 1);
                for (int i = 0; i < entries; i++) {
                    diary.pain.add(new PainFact(date, random.nextInt(11), random.nextInt(9) == 0));
                }
            }
            if (random.nextInt(12) == 0) {
                diary.rest(date);
            }
        }
        int plans = random.nextInt(4);
        for (int i = 0; i < plans; i++) {
            diary.plan(today.minusDays(random.nextInt(span + 30)).atStartOfDay(ZoneId.of("UTC")).plusHours(
                    random.nextInt(24)).toInstant().toString(), 1 + random.nextInt(7));
        }
        return diary;
    }

    @Test
    void the_statistics_never_throw_and_stay_within_their_ranges_on_random_diaries() {
        Random random = new Random(20261130);
        for (int run = 0; run < 2000; run++) {
            LocalDate today = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700));
            Diary diary = randomDiary(random, today);
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            IsoWeek current = IsoWeek.of(today);
            IsoWeek last = random.nextBoolean() ? current : current.plusWeeks(-random.nextInt(30));
            TrendWindow window = new TrendWindow(zone, today, last, 1 + random.nextInt(104));
            Trends trends = TrendAnalysis.analyse(window, diary.history());

            assertThat(trends.weeks()).hasSize(window.weeks());
            for (WeekTrend week : trends.weeks()) {
                if (week.adherence() != null) {
                    assertThat(week.adherence()).isBetween(0.0, 1.0);
                }
                assertThat(week.restDays() + week.activeDays()).isLessThanOrEqualTo(7);
                assertThat(week.trackedDays()).isBetween(0, 7);
            }
            for (Correlation correlation : List.of(trends.correlation(), trends.laggedCorrelation())) {
                if (correlation.rho() != null) {
                    assertThat(correlation.rho()).isBetween(-1.0, 1.0);
                }
            }
            PartialCorrelation partial = trends.timeAdjustedCorrelation();
            if (partial.ciLow() != null) {
                assertThat(partial.ciLow()).isLessThanOrEqualTo(partial.rho());
                assertThat(partial.ciHigh()).isGreaterThanOrEqualTo(partial.rho());
            }
            PainChange change = trends.change();
            if (change.verdict() == ChangeVerdict.NOT_ENOUGH_DATA) {
                assertThat(change.delta()).isNull();
            } else {
                // the printed numbers never contradict the verdict
                double printedDelta = change.latestPainMean() - change.baselinePainMean();
                assertThat(change.delta()).isEqualTo(Figures.mean(printedDelta));
                if (change.delta() <= -2.0) {
                    assertThat(change.verdict()).isEqualTo(ChangeVerdict.IMPROVED);
                }
                if (change.delta() >= 2.0) {
                    assertThat(change.verdict()).isEqualTo(ChangeVerdict.WORSENED);
                }
            }
            assertThat(plainRecomputation(window, diary)).as("run %d", run)
                    .containsExactlyElementsOf(trends.weeks().stream()
                            .map(week -> List.of(String.valueOf(week.adherence()), String.valueOf(week.painMean()),
                                    String.valueOf(week.plannedDays())))
                            .toList());
        }
    }

    /** Adherence, pain mean and planned days of each week, straight from the definitions in decimals. */
    private static List<List<String>> plainRecomputation(TrendWindow window, Diary diary) {
        TrendHistory history = diary.history();
        java.util.Set<LocalDate> sessionDates = new java.util.HashSet<>();
        diary.sessions.forEach(session -> sessionDates.add(session.date()));
        java.util.Map<LocalDate, List<Integer>> scoresByDate = diary.pain.stream().collect(
                java.util.stream.Collectors.groupingBy(PainFact::date,
                        java.util.stream.Collectors.mapping(PainFact::score, java.util.stream.Collectors.toList())));
        MathContext wide = new MathContext(50, RoundingMode.HALF_EVEN);
        return java.util.stream.IntStream.range(0, window.weeks()).mapToObj(i -> {
            LocalDate monday = window.firstDate().plusWeeks(i);
            int active = 0;
            int plannedSevenths = 0;
            int tracked = 0;
            BigDecimal painSum = BigDecimal.ZERO;
            int rated = 0;
            for (LocalDate date = monday; date.isBefore(monday.plusDays(7)); date = date.plusDays(1)) {
                LocalDate d = date;
                boolean session = sessionDates.contains(d);
                List<Integer> scores = scoresByDate.getOrDefault(d, List.of());
                active += session ? 1 : 0;
                if (!scores.isEmpty()) {
                    rated++;
                    painSum = painSum.add(BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                            .divide(BigDecimal.valueOf(scores.size()), wide));
                }
                boolean isTracked = history.trackingStart().isPresent() && !d.isBefore(history.trackingStart().get())
                        && !d.isAfter(window.today());
                if (isTracked) {
                    tracked++;
                    if (session || !diary.rest.contains(d)) {
                        plannedSevenths += history.plans().daysPerWeekOn(d, window.zone());
                    }
                }
            }
            Double adherence = tracked == 0 || plannedSevenths == 0 ? null
                    : BigDecimal.valueOf(Math.min(active * 7, plannedSevenths))
                    .divide(BigDecimal.valueOf(plannedSevenths), 3, RoundingMode.HALF_UP).doubleValue();
            Double pain = rated == 0 ? null
                    : painSum.divide(BigDecimal.valueOf(rated), wide).setScale(1, RoundingMode.HALF_UP).doubleValue();
            double planned = BigDecimal.valueOf(plannedSevenths).divide(BigDecimal.valueOf(7), 1, RoundingMode.HALF_UP)
                    .doubleValue();
            return List.of(String.valueOf(adherence), String.valueOf(pain), String.valueOf(planned));
        }).toList();
    }
}
