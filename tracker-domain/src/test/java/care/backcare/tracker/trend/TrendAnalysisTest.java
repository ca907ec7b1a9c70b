package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TrendAnalysisTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final IsoWeek LAST = IsoWeek.parse("2026-W47");

    private static WeekActivity week(int activeDays, int... scores) {
        int sum = 0;
        Integer min = null;
        Integer max = null;
        for (int score : scores) {
            sum += score;
            min = min == null ? score : Math.min(min, score);
            max = max == null ? score : Math.max(max, score);
        }
        return new WeekActivity(activeDays, activeDays, activeDays * 10, scores.length, sum, min, max, 0);
    }

    /**
     * Six weeks, W42 to W47; tracking starts in W43. Adherence (7 planned days) and pain means:
     * W43 2/7, 6.5 · W44 4/7, 16/3 · W45 7/7, 4.0 · W46 5/7, none · W47 6/7, 3.5.
     */
    private static Trends sixWeeks() {
        Map<IsoWeek, WeekActivity> activity = new HashMap<>();
        activity.put(IsoWeek.parse("2026-W43"), week(2, 6, 7));
        activity.put(IsoWeek.parse("2026-W44"), week(4, 6, 5, 5));
        activity.put(IsoWeek.parse("2026-W45"), week(7, 4));
        activity.put(IsoWeek.parse("2026-W46"), week(5));
        activity.put(IsoWeek.parse("2026-W47"), week(6, 3, 4));
        return TrendAnalysis.analyse(LISBON, LAST, 6, Optional.of(LocalDate.of(2026, 10, 20)),
                PlanTimeline.none(), activity);
    }

    @Test
    void each_week_carries_the_contracts_figures_rounded_for_display() {
        List<WeekTrend> weeks = sixWeeks().weeks();
        assertThat(weeks).extracting(WeekTrend::week)
                .containsExactly("2026-W42", "2026-W43", "2026-W44", "2026-W45", "2026-W46", "2026-W47");
        assertThat(weeks).extracting(WeekTrend::adherence).containsExactly(null, 0.286, 0.571, 1.0, 0.714, 0.857);
        assertThat(weeks).extracting(WeekTrend::painMean).containsExactly(null, 6.5, 5.3, 4.0, null, 3.5);
        assertThat(weeks.get(2).painMin()).isEqualTo(5);
        assertThat(weeks.get(2).painMax()).isEqualTo(6);
        assertThat(weeks.get(4).painMin()).isNull();
        assertThat(weeks.get(5).start()).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void same_week_correlation_uses_only_weeks_with_pain_entries() {
        // ranks: adherence 1,2,4,3 against pain 4,3,2,1 -> cov -4, variances 5 and 5 -> rho -0.8
        assertThat(sixWeeks().correlation()).isEqualTo(new Correlation("spearman", 0, -0.8, 4, true));
    }

    @Test
    void next_week_correlation_below_four_pairs_is_not_enough_data() {
        // pairs (W43, W44), (W44, W45), (W46, W47): W42 is untracked, W46 has no pain
        assertThat(sixWeeks().laggedCorrelation()).isEqualTo(new Correlation("spearman", 1, null, 3, false));
    }

    /**
     * Nine weeks, W39 to W47; tracking starts in W40, 7 planned days, W44 has no pain entry.
     * <pre>
     *   week        W40  W41  W42   W43  W44  W45  W46  W47
     *   active days   2    5    3     6    3    1    4    7
     *   pain mean     6  6.5 16/3     8    –    4  6.5    3
     * </pre>
     * Adherence of week w against pain of week w + 1; W43 has no partner (W44 has no pain): six pairs
     * <pre>
     *   adherence (days)  2    5     3    3    1    4
     *   pain next week  6.5  16/3    8    4  6.5    3
     *   rank x            2    6   3.5  3.5    1    5     (the two 3s share ranks 3 and 4)
     *   rank y          4.5    3     6    2  4.5    1     (the two 6.5s share ranks 4 and 5)
     *   dx (mean 3.5)  -1.5  2.5     0    0 -2.5  1.5
     *   dy (mean 3.5)     1 -0.5   2.5 -1.5    1 -2.5
     * </pre>
     * sum dx*dy = -1.5 - 1.25 + 0 + 0 - 2.5 - 3.75 = -9; sum dx^2 = 17; sum dy^2 = 1 + 0.25 + 6.25 + 2.25 + 1 + 6.25 = 17;
     * rho = -9 / 17 = -0.5294 -> -0.529 over n = 6.
     * The other direction (adherence of w + 1 against pain of w) pairs (5, 6) (3, 6.5) (6, 16/3) (3, 8) (4, 4)
     * (7, 6.5): sum dx*dy = -5.75, rho = -5.75 / 17 = -0.338; the same week gives 5.5 / sqrt(28 * 27.5) = 0.198.
     */
    @Test
    void next_week_correlation_pairs_adherence_of_a_week_with_pain_of_the_week_after() {
        Map<IsoWeek, WeekActivity> activity = new HashMap<>();
        activity.put(IsoWeek.parse("2026-W40"), week(2, 6));
        activity.put(IsoWeek.parse("2026-W41"), week(5, 7, 6));
        activity.put(IsoWeek.parse("2026-W42"), week(3, 5, 5, 6));
        activity.put(IsoWeek.parse("2026-W43"), week(6, 8));
        activity.put(IsoWeek.parse("2026-W44"), week(3));
        activity.put(IsoWeek.parse("2026-W45"), week(1, 4));
        activity.put(IsoWeek.parse("2026-W46"), week(4, 6, 7));
        activity.put(IsoWeek.parse("2026-W47"), week(7, 3));
        Trends trends = TrendAnalysis.analyse(LISBON, LAST, 9, Optional.of(IsoWeek.parse("2026-W40").start()),
                PlanTimeline.none(), activity);

        assertThat(trends.laggedCorrelation()).isEqualTo(new Correlation("spearman", 1, -0.529, 6, true));
        assertThat(trends.correlation()).isEqualTo(new Correlation("spearman", 0, 0.198, 7, true));
    }

    @Test
    void change_compares_the_first_and_last_weeks_with_entries() {
        // 6.5 -> 3.5: -3.0 points, -46.15 %
        assertThat(sixWeeks().change()).isEqualTo(new PainChange(6.5, 3.5, -3.0, -46.2, true));
    }

    @Test
    void a_window_without_entries_has_no_tracked_week_and_no_figures() {
        Trends trends = TrendAnalysis.analyse(LISBON, LAST, 12, Optional.empty(), PlanTimeline.none(), Map.of());
        assertThat(trends.weeks()).hasSize(12).allSatisfy(week -> {
            assertThat(week.adherence()).isNull();
            assertThat(week.painMean()).isNull();
            assertThat(week.sessions()).isZero();
        });
        assertThat(trends.correlation()).isEqualTo(new Correlation("spearman", 0, null, 0, false));
        assertThat(trends.change()).isEqualTo(PainChange.NO_DATA);
    }

    @Test
    void tracked_weeks_without_sessions_have_zero_adherence() {
        Trends trends = TrendAnalysis.analyse(LISBON, LAST, 3, Optional.of(LocalDate.of(2026, 11, 2)),
                PlanTimeline.none(), Map.of(IsoWeek.parse("2026-W45"), week(3, 5)));
        assertThat(trends.weeks()).extracting(WeekTrend::adherence).containsExactly(0.429, 0.0, 0.0);
    }

    @Test
    void adherence_is_capped_at_one_when_the_patient_does_more_than_planned() {
        assertThat(TrendAnalysis.adherence(6, 4)).isEqualTo(1.0);
        assertThat(TrendAnalysis.adherence(3, 4)).isEqualTo(0.75);
    }

    @Test
    void constant_pain_gives_no_rho_even_with_enough_weeks() {
        Map<IsoWeek, WeekActivity> activity = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            activity.put(LAST.plusWeeks(-i), week(i + 1, 4));
        }
        Correlation correlation = TrendAnalysis.analyse(LISBON, LAST, 5, Optional.of(LAST.plusWeeks(-4).start()),
                PlanTimeline.none(), activity).correlation();
        assertThat(correlation).isEqualTo(new Correlation("spearman", 0, null, 5, true));
    }

    @Test
    void a_single_week_of_pain_is_its_own_baseline() {
        Trends trends = TrendAnalysis.analyse(LISBON, LAST, 4, Optional.of(LAST.start()), PlanTimeline.none(),
                Map.of(LAST, week(1, 7)));
        assertThat(trends.change()).isEqualTo(new PainChange(7.0, 7.0, 0.0, 0.0, false));
    }
}
