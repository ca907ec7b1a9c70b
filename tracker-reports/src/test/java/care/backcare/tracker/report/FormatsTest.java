package care.backcare.tracker.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void adherence_moves_the_decimal_point_of_the_three_decimal_value() {
        assertThat(Formats.percent(0.714)).isEqualTo("71.4 %");
        assertThat(Formats.percent(0.286)).isEqualTo("28.6 %");
        assertThat(Formats.percent(0.575)).isEqualTo("57.5 %");
        assertThat(Formats.percent(1.0)).isEqualTo("100.0 %");
        assertThat(Formats.percent(0.0)).isEqualTo("0.0 %");
        assertThat(Formats.percent(null)).isEqualTo("–");
    }

    @Test
    void rho_keeps_three_decimals_and_means_one() {
        assertThat(Formats.rho(-0.62)).isEqualTo("-0.620");
        assertThat(Formats.rho(1.0)).isEqualTo("1.000");
        assertThat(Formats.rho(0.0)).isEqualTo("0.000");
        assertThat(Formats.oneDecimal(4.0)).isEqualTo("4.0");
        assertThat(Formats.oneDecimal(-0.0)).isEqualTo("0.0");
        assertThat(Formats.signed(1.2)).isEqualTo("+1.2");
        assertThat(Formats.signed(-2.2)).isEqualTo("-2.2");
        assertThat(Formats.signed(0.0)).isEqualTo("0.0");
    }

    @Test
    void hold_time_is_minutes_and_seconds() {
        assertThat(Formats.minutesSeconds(0)).isEqualTo("0:00");
        assertThat(Formats.minutesSeconds(65)).isEqualTo("1:05");
        assertThat(Formats.minutesSeconds(3_725)).isEqualTo("62:05");
    }

    @Test
    void a_week_spanning_two_years_names_both() {
        assertThat(HeaderSection.weekLine(care.backcare.tracker.trend.IsoWeek.parse("2026-W01")))
                .isEqualTo("Week 2026-W01 · Mon 29 Dec 2025 – Sun 4 Jan 2026");
        assertThat(Formats.day(LocalDate.of(2026, 9, 7))).isEqualTo("Mon 7 Sep");
    }
}
