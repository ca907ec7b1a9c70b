package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void rounds_half_up_on_the_decimal_value() {
        assertThat(Figures.ratio(0.7145)).isEqualTo(0.715);
        assertThat(Figures.ratio(5.0 / 7)).isEqualTo(0.714);
        assertThat(Figures.mean(4.25)).isEqualTo(4.3);
        assertThat(Figures.mean(-36.15)).isEqualTo(-36.2);
    }

    @Test
    void never_shows_minus_zero() {
        assertThat(Figures.ratio(-0.0001)).isEqualTo(0.0).isNotNegative();
        assertThat(String.valueOf(Figures.mean(-0.04))).isEqualTo("0.0");
    }

    @Test
    void absent_values_stay_absent() {
        assertThat(Figures.mean(null)).isNull();
        assertThat(Figures.ratio(Double.NaN)).isNull();
    }
}
