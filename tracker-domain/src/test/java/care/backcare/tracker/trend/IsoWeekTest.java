package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IsoWeekTest {

    @Test
    void a_week_runs_from_monday_to_sunday() {
        IsoWeek week = IsoWeek.parse("2026-W47");
        assertThat(week.start()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.end()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(week).hasToString("2026-W47");
    }

    @Test
    void a_session_at_23_40_on_sunday_in_new_york_belongs_to_that_week() {
        Instant sundayNightInNewYork = Instant.parse("2026-11-23T04:40:00Z"); // Sunday 22 Nov, 23:40 EST
        LocalDate localDate = sundayNightInNewYork.atZone(ZoneId.of("America/New_York")).toLocalDate();
        assertThat(IsoWeek.of(localDate)).hasToString("2026-W47");
        assertThat(IsoWeek.of(sundayNightInNewYork.atZone(ZoneId.of("UTC")).toLocalDate())).hasToString("2026-W48");
    }

    @Test
    void weeks_cross_year_boundaries_the_iso_way() {
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
        assertThat(IsoWeek.parse("2026-W53").plusWeeks(1)).hasToString("2027-W01");
        assertThat(IsoWeek.of(LocalDate.of(2024, 12, 30))).hasToString("2025-W01");
    }

    @Test
    void the_first_week_there_is_begins_on_monday_1_january_1900_and_has_none_before_it() {
        assertThat(IsoWeek.FIRST).hasToString("1900-W01");
        assertThat(IsoWeek.FIRST.start()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(IsoWeek.FIRST.plusWeeks(3)).hasToString("1900-W04");
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.FIRST.plusWeeks(-1));
    }

    @Test
    void weeks_that_do_not_exist_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("2025-W53"));
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("2026-W00"));
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("2026-47"));
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse("２０２６-W47"));
        assertThatIllegalArgumentException().isThrownBy(() -> IsoWeek.parse(null));
    }
}
