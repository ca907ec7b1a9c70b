package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of api.md's Trends (v1.1) against expectations worked out by hand. Dates are in 2026:
 * Monday 28 September starts W40, Monday 16 November W47, Monday 23 November W48.
 */
class TrendAnalysisTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final LocalDate WEDNESDAY_25_NOV = LocalDate.of(2026, 11, 25);
    private static final IsoWeek W47 = IsoWeek.parse("2026-W47");
    private static final IsoWeek W48 = IsoWeek.parse("2026-W48");

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static Trends analyse(IsoWeek lastWeek, int weeks, Diary diary) {
        return TrendAnalysis.analyse(new TrendWindow(LISBON, WEDNESDAY_25_NOV, lastWeek, weeks), diary.history());
    }

    /**
     * Eight complete weeks W40-W47 and W48 in progress (today is its Wednesday), 7 days a week planned.
     * Week k (0 = W40) has sessions on its first A[k] days and one pain entry P[k] on its Monday:
     * <pre>
     *   k        0  1  2  3  4  5  6  7
     *   A        0  2  1  4  3  6  5  7    adherence ranks  1 3 2 5 4 7 6 8
     *   P        8  6  7  5  3  4  1  2    pain ranks       8 6 7 5 3 4 1 2
     * </pre>
     * With t = k, no ties, rho = 1 - 6 Σd² / (n(n² - 1)) = 1 - 6 Σd² / 504:
     * r_at: Σd² = 6, 13/14; r_pt: Σd² = 162, -13/14; r_ap: Σd² = 154, -5/6.
     * Partial rho = (-5/6 + 169/196) / (1 - 169/196) = (17/588) / (27/196) = 17/81 = 0.20988.
     * z = atanh(17/81) = ½ ln(98/64) = 0.21304; se = √((1 + (17/81)²/2) / 4) = 0.50548;
     * tanh(0.21304 ∓ 0.99073) = -0.65138, 0.83480.
     * Next week (A[k] against P[k+1], k = 0..6): ranks 1 3 2 5 4 7 6 against 6 7 5 3 4 1 2, Σd² = 106,
     * rho = 1 - 636/336 = -0.89286.
     * Theil–Sen of P: the 14th and 15th of the 28 sorted pairwise slopes are both -1; of A/7: 1/7.
     * W48 (in progress, Mon-Wed tracked): sessions Monday and today, pain 10 on Tuesday: shown, in no statistic.
     */
    private static Diary eightWeeks() {
        int[] active = {0, 2, 1, 4, 3, 6, 5, 7};
        int[] pain = {8, 6, 7, 5, 3, 4, 1, 2};
        Diary diary = new Diary();
        for (int k = 0; k < 8; k++) {
            LocalDate monday = date(9, 28).plusWeeks(k);
            diary.sessions(monday, active[k]).pain(monday, pain[k]);
        }
        return diary.session(date(11, 23)).pain(date(11, 24), 10).session(WEDNESDAY_25_NOV);
    }

    @Test
    void each_week_shows_its_tracked_planned_and_rated_days_and_the_week_in_progress_so_far() {
        List<WeekTrend> weeks = analyse(W48, 9, eightWeeks()).weeks();
        assertThat(weeks).extracting(WeekTrend::adherence)
                .containsExactly(0.0, 0.286, 0.143, 0.571, 0.429, 0.857, 0.714, 1.0, 0.667);
        assertThat(weeks).extracting(WeekTrend::inProgress)
                .containsExactly(false, false, false, false, false, false, false, false, true);
        WeekTrend current = weeks.getLast();
        assertThat(current.trackedDays()).isEqualTo(3);
        assertThat(current.plannedDays()).isEqualTo(3.0);
        assertThat(current.activeDays()).isEqualTo(2);
        assertThat(current.painMean()).isEqualTo(10.0);
        assertThat(current.end()).isEqualTo(date(11, 29));
        assertThat(weeks.getFirst().trackedDays()).isEqualTo(7);
        assertThat(weeks.getFirst().plannedDays()).isEqualTo(7.0);
        assertThat(weeks.getFirst().ratedDays()).isEqualTo(1);
    }

    @Test
    void same_week_and_next_week_correlations_leave_out_the_week_in_progress() {
        Trends trends = analyse(W48, 9, eightWeeks());
        assertThat(trends.correlation()).isEqualTo(new Correlation("spearman", 0, -0.833, 8, true));
        assertThat(trends.laggedCorrelation()).isEqualTo(new Correlation("spearman", 1, -0.893, 7, true));
    }

    @Test
    void the_time_adjusted_correlation_holds_the_weeks_position_constant_and_has_a_fisher_interval() {
        assertThat(analyse(W48, 9, eightWeeks()).timeAdjustedCorrelation()).isEqualTo(
                new PartialCorrelation("partial-spearman", "week", 0.210, -0.651, 0.835, 8, true));
        assertThat(TrendAnalysis.partialRho(-5.0 / 6, 13.0 / 14, -13.0 / 14)).isCloseTo(17.0 / 81, within());
        double[] interval = TrendAnalysis.fisherInterval(17.0 / 81, 8);
        assertThat(interval[0]).isCloseTo(-0.65138, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(interval[1]).isCloseTo(0.83480, org.assertj.core.data.Offset.offset(1e-5));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }

    @Test
    void the_time_adjusted_correlation_needs_eight_weeks() {
        PartialCorrelation seven = analyse(W47, 7, eightWeeks()).timeAdjustedCorrelation();
        assertThat(seven).isEqualTo(new PartialCorrelation("partial-spearman", "week", null, null, null, 7, false));
    }

    @Test
    void a_series_that_moves_in_step_with_time_leaves_nothing_to_adjust_and_no_partial_rho() {
        Diary diary = new Diary();
        for (int k = 0; k < 8; k++) {
            diary.sessions(date(9, 28).plusWeeks(k), k).pain(date(9, 28).plusWeeks(k), 8 - k % 3);
        }
        PartialCorrelation partial = analyse(W47, 8, diary).timeAdjustedCorrelation();
        assertThat(partial.sufficient()).isTrue();
        assertThat(partial.rho()).isNull(); // adherence ranks equal t's: |r_at| = 1
        assertThat(partial.ciLow()).isNull();
    }

    @Test
    void theil_sen_slopes_are_the_median_pairwise_slope_over_the_weeks_with_a_value() {
        Trends trends = analyse(W48, 9, eightWeeks());
        assertThat(trends.painTrend()).isEqualTo(new TrendSlope(-1.0, 8, true));
        assertThat(trends.adherenceTrend()).isEqualTo(new TrendSlope(0.143, 8, true));
    }

    @Test
    void theil_sen_with_ties_and_an_even_number_of_slopes_averages_the_middle_two() {
        // y = 2, 2, 2, 5 at t = 0..3: slopes 0 0 1 0 1.5 3 -> sorted 0 0 0 1 1.5 3 -> (0 + 1) / 2
        Ratio two = Ratio.of(2, 1);
        assertThat(TrendAnalysis.theilSen(new Ratio[]{two, two, two, Ratio.of(5, 1)}, 2).slopePerWeek()).isEqualTo(0.5);
        // y = 1, -, 4, 4, 2 at t = 0, 2, 3, 4: slopes 1.5 1 0.25 0 -1 -2 -> (0 + 0.25) / 2 = 0.125 exactly
        Ratio[] gap = {Ratio.of(1, 1), null, Ratio.of(4, 1), Ratio.of(4, 1), Ratio.of(2, 1)};
        assertThat(TrendAnalysis.theilSen(gap, 2)).isEqualTo(new TrendSlope(0.13, 4, true)); // half away from zero
        assertThat(TrendAnalysis.theilSen(gap, 3).slopePerWeek()).isEqualTo(0.125);
        assertThat(TrendAnalysis.theilSen(new Ratio[]{two, null, two, two}, 2)).isEqualTo(new TrendSlope(null, 3, false));
    }

    @Test
    void next_day_pain_pairs_dates_across_a_clock_change_and_a_week_boundary() {
        // Window W42-W44 (12 Oct - 1 Nov), complete on 25 Nov. Lisbon leaves summer time on Sunday 25 October,
        // the last day of W43. Tracking starts with a pain entry on Sunday 18 October.
        // Sessions on 19, 21, ..., 31 October; pain every day from 18 October to 1 November: 3 on the day
        // after a session, except 26 October (1 and 2: daily pain 1.5), and 5 on the other days.
        Diary diary = new Diary().pain(date(10, 18), 5);
        for (LocalDate day = date(10, 19); !day.isAfter(date(11, 1)); day = day.plusDays(1)) {
            boolean afterSession = day.getDayOfMonth() % 2 == 0 || day.equals(date(11, 1));
            if (day.equals(date(10, 26))) {
                diary.pain(day, 1, 2);
            } else {
                diary.pain(day, afterSession ? 3 : 5);
            }
            if (!afterSession) {
                diary.session(day);
            }
        }
        NextDayPain next = analyse(IsoWeek.parse("2026-W44"), 3, diary).nextDayPain();
        // after a session: 20, 22, 24, 26 (over the change, into W44), 28, 30 Oct, 1 Nov: (6 * 3 + 1.5) / 7 = 2.786
        // after other days: 19 (after the 18th), 21, 23, 25, 27, 29, 31 Oct: 5.0; 2 Nov lies outside the window
        assertThat(next).isEqualTo(new NextDayPain(7, 2.8, 7, 5.0, -2.2, true));
    }

    @Test
    void next_day_pain_stops_before_the_week_in_progress() {
        NextDayPain next = analyse(W48, 9, eightWeeks()).nextDayPain();
        // rated days are the Mondays; 23 Nov (after Sunday 22, a session day) is in W48, in progress
        assertThat(next).isEqualTo(new NextDayPain(0, null, 7, 4.0, null, false));
    }

    @Test
    void planned_days_are_pro_rated_from_the_tracking_start_with_the_plan_in_force() {
        // plan of 5 days; tracking starts Thursday 19 Nov: 4 tracked days, 4 * 5/7 = 2.857 planned, 2 active
        Diary diary = new Diary().plan("2026-11-01T09:00:00Z", 5).session(date(11, 19)).session(date(11, 20));
        WeekTrend week = analyse(W47, 1, diary).weeks().getFirst();
        assertThat(week.trackedDays()).isEqualTo(4);
        assertThat(week.plannedDays()).isEqualTo(2.9);
        assertThat(week.adherence()).isEqualTo(0.7); // 2 / (20/7) = 14/20
    }

    @Test
    void a_plan_changed_mid_week_counts_from_the_date_it_was_recorded() {
        // 7 days until Tuesday, 3 days from Wednesday 18 Nov (recorded that morning): 2 * 7 + 5 * 3 = 29 sevenths
        Diary diary = new Diary().plan("2026-10-01T09:00:00Z", 7).plan("2026-11-18T10:00:00Z", 3)
                .pain(date(11, 1), 4).sessions(date(11, 16), 3);
        WeekTrend week = analyse(W47, 1, diary).weeks().getFirst();
        assertThat(week.plannedDays()).isEqualTo(4.1);
        assertThat(week.adherence()).isEqualTo(0.724); // 3 * 7 / 29 = 0.72414
    }

    @Test
    void weeks_backfilled_before_the_first_plan_are_measured_against_that_plan() {
        Diary diary = new Diary().plan("2026-11-24T18:00:00Z", 3);
        for (int k = 0; k < 3; k++) {
            diary.sessions(date(11, 2).plusWeeks(k), 3);
        }
        List<WeekTrend> weeks = analyse(W47, 3, diary).weeks();
        assertThat(weeks).extracting(WeekTrend::plannedDays).containsExactly(3.0, 3.0, 3.0);
        assertThat(weeks).extracting(WeekTrend::adherence).containsExactly(1.0, 1.0, 1.0); // v1 said 3/7
    }

    @Test
    void a_rest_day_without_a_session_is_not_planned_and_one_with_a_session_is_an_active_day() {
        Diary diary = new Diary().session(date(11, 16)).rest(date(11, 17)).rest(date(11, 18)).session(date(11, 18));
        WeekTrend week = analyse(W47, 1, diary).weeks().getFirst();
        assertThat(week.restDays()).isEqualTo(1);
        assertThat(week.activeDays()).isEqualTo(2);
        assertThat(week.plannedDays()).isEqualTo(6.0);
        assertThat(week.adherence()).isEqualTo(0.333);
    }

    @Test
    void a_week_of_rest_days_has_no_planned_day_and_no_adherence() {
        Diary diary = new Diary();
        for (int i = 0; i < 7; i++) {
            diary.rest(date(11, 16).plusDays(i));
        }
        WeekTrend week = analyse(W47, 1, diary).weeks().getFirst();
        assertThat(week.trackedDays()).isEqualTo(7);
        assertThat(week.restDays()).isEqualTo(7);
        assertThat(week.plannedDays()).isEqualTo(0.0);
        assertThat(week.adherence()).isNull();
    }

    @Test
    void a_week_before_the_tracking_start_is_untracked() {
        List<WeekTrend> weeks = analyse(W47, 2, new Diary().session(date(11, 16))).weeks();
        assertThat(weeks.getFirst().trackedDays()).isZero();
        assertThat(weeks.getFirst().adherence()).isNull();
        assertThat(weeks.getFirst().plannedDays()).isEqualTo(0.0);
        assertThat(weeks.getLast().adherence()).isEqualTo(0.143);
    }

    @Test
    void a_weeks_pain_is_the_mean_of_its_daily_means_exactly_rounded_half_up() {
        // daily pain 13/3 (4, 4, 5) and 25/6 (4, 4, 4, 4, 4, 5): (26/6 + 25/6) / 2 = 4.25 -> 4.3;
        // the mean over entries would be 38/9 = 4.2
        Diary diary = new Diary().pain(date(11, 16), 4, 4, 5).pain(date(11, 17), 4, 4, 4, 4, 4, 5);
        WeekTrend week = analyse(W47, 1, diary).weeks().getFirst();
        assertThat(week.painMean()).isEqualTo(4.3);
        assertThat(week.ratedDays()).isEqualTo(2);
        assertThat(week.painEntries()).isEqualTo(9);
        assertThat(week.painMin()).isEqualTo(4);
        assertThat(week.painMax()).isEqualTo(5);
    }

    @Test
    void adherence_at_a_half_thousandth_rounds_half_up() {
        // plan of 4 days, tracked Thursday to Sunday: 16/7 planned days, 1 active: 7/16 = 0.4375 -> 0.438
        Diary diary = new Diary().plan("2026-11-01T09:00:00Z", 4).session(date(11, 19));
        WeekTrend week = analyse(W47, 1, diary).weeks().getFirst();
        assertThat(week.plannedDays()).isEqualTo(2.3);
        assertThat(week.adherence()).isEqualTo(0.438);
    }

    /** Baseline 1-14 Oct, latest 11-24 Nov (today is 25 Nov). */
    private static Diary baselineAndLatest(int[] baseline, int[] latest) {
        Diary diary = new Diary();
        for (int i = 0; i < baseline.length; i++) {
            diary.pain(date(10, 1).plusDays(i), baseline[i]);
        }
        for (int i = 0; i < latest.length; i++) {
            diary.pain(date(11, 24).minusDays(i), latest[i]);
        }
        return diary;
    }

    @Test
    void the_change_is_decided_on_means_rounded_to_one_decimal() {
        // baseline 13/4 = 3.25 -> 3.3; latest 13/10 = 1.3; unrounded the fall is 1.95, rounded it is 2.0
        PainChange change = analyse(W48, 12, baselineAndLatest(new int[]{3, 3, 3, 4},
                new int[]{1, 1, 2, 1, 1, 2, 1, 1, 2, 1})).change();
        assertThat(change).isEqualTo(new PainChange(3.3, 1.3, -2.0, -60.6, true, ChangeVerdict.IMPROVED,
                date(10, 1), date(10, 14), date(11, 11), date(11, 24)));
    }

    @Test
    void the_change_does_not_depend_on_the_number_of_weeks() {
        Diary diary = baselineAndLatest(new int[]{6, 6, 7, 6, 6}, new int[]{5, 5, 5, 5});
        assertThat(analyse(W48, 1, diary).change()).isEqualTo(analyse(W48, 12, diary).change());
        assertThat(analyse(W48, 1, diary).change().verdict()).isEqualTo(ChangeVerdict.NO_CLEAR_CHANGE);
    }

    @Test
    void from_a_baseline_of_zero_there_is_no_percent_and_a_rise_of_two_points_is_a_worsening() {
        PainChange change = analyse(W48, 4, baselineAndLatest(new int[]{0, 0, 0, 0}, new int[]{2, 2, 2, 2})).change();
        assertThat(change.percent()).isNull();
        assertThat(change.delta()).isEqualTo(2.0);
        assertThat(change.verdict()).isEqualTo(ChangeVerdict.WORSENED);
        assertThat(change.clinicallyMeaningful()).isTrue();
    }

    @Test
    void periods_that_overlap_are_not_enough_data() {
        Diary diary = new Diary();
        for (int i = 0; i < 20; i++) {
            diary.pain(date(11, 5).plusDays(i), i < 10 ? 8 : 1);
        }
        PainChange change = analyse(W48, 12, diary).change();
        assertThat(change).isEqualTo(new PainChange(null, null, null, null, false, ChangeVerdict.NOT_ENOUGH_DATA,
                date(11, 5), date(11, 18), date(11, 11), date(11, 24)));
    }

    @Test
    void a_period_with_three_rated_dates_is_not_enough_data() {
        assertThat(analyse(W48, 12, baselineAndLatest(new int[]{6, 6, 6, 6}, new int[]{1, 1, 1})).change().verdict())
                .isEqualTo(ChangeVerdict.NOT_ENOUGH_DATA);
    }

    @Test
    void a_past_weeks_latest_period_ends_with_its_sunday() {
        PainChange change = analyse(IsoWeek.parse("2026-W46"), 12, baselineAndLatest(new int[]{6, 6, 6, 6},
                new int[]{})).change();
        assertThat(change.latestFrom()).isEqualTo(date(11, 2));
        assertThat(change.latestTo()).isEqualTo(date(11, 15));
    }

    @Test
    void without_any_entry_nothing_is_tracked_and_nothing_throws() {
        Trends trends = analyse(W48, 12, new Diary());
        assertThat(trends.weeks()).allSatisfy(week -> assertThat(week.adherence()).isNull());
        assertThat(trends.change().verdict()).isEqualTo(ChangeVerdict.NOT_ENOUGH_DATA);
        assertThat(trends.change().baselineFrom()).isNull();
        assertThat(trends.nextDayPain().sufficient()).isFalse();
        assertThat(trends.painTrend().n()).isZero();
    }

    @Test
    void the_caseload_figures_cover_the_last_fourteen_complete_days() {
        // 11-24 Nov: sessions on 7 days, one rest day, planned 7 days a week: 7 / 13; pain 4 on two days
        Diary diary = new Diary().pain(date(10, 1), 4).sessions(date(11, 11), 7).rest(date(11, 20))
                .pain(date(11, 12), 4).pain(date(11, 24), 4).session(WEDNESDAY_25_NOV);
        RecentFigures recent = TrendAnalysis.recent(LISBON, WEDNESDAY_25_NOV, diary.history());
        assertThat(recent.adherence()).isEqualTo(0.538);
        assertThat(recent.painMean()).isEqualTo(4.0);
        assertThat(recent.change()).isEqualTo(analyse(W48, 12, diary).change());
    }
}
