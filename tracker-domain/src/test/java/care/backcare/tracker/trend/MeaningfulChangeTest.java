package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeaningfulChangeTest {

    @Test
    void two_points_is_meaningful_even_when_the_arithmetic_lands_just_below() {
        // weekly means 16/3 then 10/3 are exactly 2 points apart, but the doubles differ by 1.9999999999999996
        assertThat(16.0 / 3 - 10.0 / 3).isLessThan(2.0);
        assertThat(MeaningfulChange.between(16.0 / 3, 10.0 / 3).clinicallyMeaningful()).isTrue();
    }

    @Test
    void thirty_percent_is_meaningful_on_a_low_baseline() {
        PainChange change = MeaningfulChange.between(3.0, 2.0); // -1 point, -33 %
        assertThat(change.clinicallyMeaningful()).isTrue();
        assertThat(MeaningfulChange.between(5.0, 3.5).clinicallyMeaningful()).isTrue(); // exactly -30 %
    }

    @Test
    void smaller_changes_are_shown_as_they_are() {
        PainChange change = MeaningfulChange.between(6.0, 4.5); // -1.5 points, -25 %
        assertThat(change.clinicallyMeaningful()).isFalse();
        assertThat(change.delta()).isEqualTo(-1.5);
        assertThat(change.percent()).isEqualTo(-25.0);
    }

    @Test
    void from_a_baseline_of_zero_only_points_count() {
        PainChange change = MeaningfulChange.between(0.0, 1.0);
        assertThat(change.percent()).isNull();
        assertThat(change.clinicallyMeaningful()).isFalse();
        assertThat(MeaningfulChange.between(0.0, 2.0).clinicallyMeaningful()).isTrue();
    }

    @Test
    void worsening_counts_as_much_as_improvement() {
        assertThat(MeaningfulChange.between(3.0, 5.0).clinicallyMeaningful()).isTrue();
    }
}
