package care.backcare.tracker.trend;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanTimelineTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void weeks_before_any_plan_use_the_default_of_seven_days() {
        assertThat(PlanTimeline.none().daysPerWeekIn(IsoWeek.parse("2026-W47"), TOKYO)).isEqualTo(7);
    }

    @Test
    void the_plan_in_force_is_the_last_one_recorded_before_the_week_ended() {
        PlanTimeline plans = new PlanTimeline(List.of(
                new PlanTimeline.PlanChange(Instant.parse("2026-11-18T10:00:00Z"), 5), // Wednesday of W47
                new PlanTimeline.PlanChange(Instant.parse("2026-11-04T10:00:00Z"), 3))); // W45, listed out of order
        assertThat(plans.daysPerWeekIn(IsoWeek.parse("2026-W44"), TOKYO)).isEqualTo(7);
        assertThat(plans.daysPerWeekIn(IsoWeek.parse("2026-W45"), TOKYO)).isEqualTo(3);
        assertThat(plans.daysPerWeekIn(IsoWeek.parse("2026-W46"), TOKYO)).isEqualTo(3);
        assertThat(plans.daysPerWeekIn(IsoWeek.parse("2026-W47"), TOKYO)).isEqualTo(5);
        assertThat(plans.daysPerWeekIn(IsoWeek.parse("2026-W48"), TOKYO)).isEqualTo(5);
    }

    @Test
    void a_plan_made_after_midnight_on_sunday_in_the_patients_zone_counts_from_the_next_week() {
        // Monday 23 Nov 00:30 in Tokyo is still Sunday 15:30 UTC
        PlanTimeline plans = new PlanTimeline(List.of(new PlanTimeline.PlanChange(Instant.parse("2026-11-22T15:30:00Z"), 4)));
        assertThat(plans.daysPerWeekIn(IsoWeek.parse("2026-W47"), TOKYO)).isEqualTo(7);
        assertThat(plans.daysPerWeekIn(IsoWeek.parse("2026-W48"), TOKYO)).isEqualTo(4);
    }
}
