package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpearmanTest {

    @Test
    void without_ties_it_equals_the_textbook_formula() {
        // d = -1, 1, -1, 1, 0; rho = 1 - 6 * 4 / (5 * 24) = 0.8
        assertThat(Spearman.rho(new double[]{1, 2, 3, 4, 5}, new double[]{2, 1, 4, 3, 5}))
                .hasValueCloseTo(0.8, within(1e-12));
    }

    @Test
    void tied_values_share_their_average_rank() {
        assertThat(Spearman.ranks(new double[]{5, 6, 7, 8, 7})).containsExactly(1, 2, 3.5, 5, 3.5);
        // ranks y = 1, 2, 3.5, 5, 3.5 against 1..5: cov 8, var 10 and 9.5, rho = 8 / sqrt(95)
        assertThat(Spearman.rho(new double[]{1, 2, 3, 4, 5}, new double[]{5, 6, 7, 8, 7}))
                .hasValueCloseTo(0.8207826816681233, within(1e-12));
    }

    @Test
    void a_perfectly_inverse_ordering_is_minus_one() {
        assertThat(Spearman.rho(new double[]{0.2, 0.4, 0.6, 0.8}, new double[]{8, 6, 4, 2}))
                .hasValueCloseTo(-1.0, within(1e-12));
    }

    @Test
    void a_constant_side_has_no_correlation() {
        assertThat(Spearman.rho(new double[]{1, 1, 1, 1}, new double[]{3, 4, 5, 6})).isEmpty();
        assertThat(Spearman.rho(new double[]{0.1, 0.5, 0.7, 1}, new double[]{4, 4, 4, 4})).isEmpty();
    }
}
