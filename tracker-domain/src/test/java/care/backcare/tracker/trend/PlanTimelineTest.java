package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanTimelineTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Test
    void a_patient_who_never_recorded_a_plan_is_planned_seven_days_a_week() {
        assertThat(PlanTimeline.none().daysPerWeekOn(LocalDate.of(2026, 11, 18), TOKYO)).isEqualTo(7);
    }

    @Test
    void a_date_uses_the_last_plan_recorded_before_it_ended_and_dates_before_the_first_plan_use_that_plan() {
        PlanTimeline plans = new PlanTimeline(List.of(
                new PlanTimeline.PlanChange(Instant.parse("2026-11-18T10:00:00Z"), 5), // Wednesday 19:00 in Tokyo
                new PlanTimeline.PlanChange(Instant.parse("2026-11-04T10:00:00Z"), 3))); // listed out of order
        assertThat(plans.daysPerWeekOn(LocalDate.of(2026, 10, 1), TOKYO)).isEqualTo(3); // before any plan: the first
        assertThat(plans.daysPerWeekOn(LocalDate.of(2026, 11, 4), TOKYO)).isEqualTo(3);
        assertThat(plans.daysPerWeekOn(LocalDate.of(2026, 11, 17), TOKYO)).isEqualTo(3);
        assertThat(plans.daysPerWeekOn(LocalDate.of(2026, 11, 18), TOKYO)).isEqualTo(5); // recorded that evening
        assertThat(plans.daysPerWeekOn(LocalDate.of(2026, 11, 30), TOKYO)).isEqualTo(5);
    }

    @Test
    void the_end_of_a_date_is_read_in_the_patients_zone_across_a_clock_change() {
        // Lisbon leaves summer time on Sunday 25 October 2026: that day ends at 00:00Z on the 26th (UTC+0 by then)
        PlanTimeline plans = new PlanTimeline(List.of(
                new PlanTimeline.PlanChange(Instant.parse("2026-10-01T10:00:00Z"), 6),
                new PlanTimeline.PlanChange(Instant.parse("2026-10-25T23:30:00Z"), 2)));
        assertThat(plans.daysPerWeekOn(LocalDate.of(2026, 10, 25), LISBON)).isEqualTo(2);
        assertThat(plans.daysPerWeekOn(LocalDate.of(2026, 10, 24), LISBON)).isEqualTo(6);
    }
}
