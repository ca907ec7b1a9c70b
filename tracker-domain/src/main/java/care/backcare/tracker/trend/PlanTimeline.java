package care.backcare.tracker.trend;

import care.backcare.tracker.routine.RoutinePlan;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Which plan was in force in a week: the last one recorded before the week ended. A plan changed
 * on Wednesday counts for that whole week; a week before any plan uses the contract's default.
 */
public record PlanTimeline(List<PlanChange> changes) {

    public record PlanChange(Instant plannedAt, int daysPerWeek) {
    }

    public PlanTimeline {
        changes = changes.stream().sorted(Comparator.comparing(PlanChange::plannedAt)).toList();
    }

    public static PlanTimeline none() {
        return new PlanTimeline(List.of());
    }

    public int daysPerWeekIn(IsoWeek week, ZoneId zone) {
        Instant weekEnd = week.endExclusive(zone).toInstant();
        int days = RoutinePlan.DEFAULT.daysPerWeek();
        for (PlanChange change : changes) {
            if (!change.plannedAt().isBefore(weekEnd)) {
                break;
            }
            days = change.daysPerWeek();
        }
        return days;
    }
}
