package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MeaningfulChangeTest {

    private static ChangeVerdict verdict(String baseline, String latest) {
        BigDecimal base = new BigDecimal(baseline);
        BigDecimal delta = MeaningfulChange.delta(base, new BigDecimal(latest));
        return MeaningfulChange.verdict(base, delta, MeaningfulChange.percent(delta, base));
    }

    @Test
    void a_fall_of_two_points_is_an_improvement_whatever_the_baseline() {
        assertThat(verdict("3.0", "1.0")).isEqualTo(ChangeVerdict.IMPROVED);
        assertThat(verdict("3.0", "1.1")).isEqualTo(ChangeVerdict.NO_CLEAR_CHANGE); // -1.9 points, -36.7 % of a low baseline
    }

    @Test
    void a_fall_of_thirty_percent_counts_only_from_a_baseline_of_four() {
        assertThat(verdict("5.0", "3.5")).isEqualTo(ChangeVerdict.IMPROVED); // exactly -30.0 %
        assertThat(verdict("4.0", "2.8")).isEqualTo(ChangeVerdict.IMPROVED); // -30.0 %
        assertThat(verdict("6.0", "4.5")).isEqualTo(ChangeVerdict.NO_CLEAR_CHANGE); // -25 %
        assertThat(verdict("3.9", "2.5")).isEqualTo(ChangeVerdict.NO_CLEAR_CHANGE); // -35.9 %, baseline under 4
    }

    @Test
    void a_rise_of_two_points_is_a_worsening_and_a_rise_in_percent_alone_is_not() {
        assertThat(verdict("3.0", "5.0")).isEqualTo(ChangeVerdict.WORSENED);
        assertThat(verdict("4.0", "5.9")).isEqualTo(ChangeVerdict.NO_CLEAR_CHANGE); // +47.5 %, +1.9 points
    }

    @Test
    void a_baseline_of_zero_has_no_percent_and_is_judged_on_points() {
        assertThat(MeaningfulChange.percent(new BigDecimal("1.0"), new BigDecimal("0.0"))).isNull();
        assertThat(verdict("0.0", "1.9")).isEqualTo(ChangeVerdict.NO_CLEAR_CHANGE);
        assertThat(verdict("0.0", "2.0")).isEqualTo(ChangeVerdict.WORSENED);
    }

    @Test
    void percent_rounds_half_away_from_zero_on_the_exact_quotient() {
        // -2.3 / 8.0 = -28.75 % exactly; in doubles 100 * -2.3 / 8.0 is -28.749999999999996
        assertThat(MeaningfulChange.percent(new BigDecimal("-2.3"), new BigDecimal("8.0"))).isEqualByComparingTo("-28.8");
    }
}
