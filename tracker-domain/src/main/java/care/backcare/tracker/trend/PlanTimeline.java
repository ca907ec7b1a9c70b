package care.backcare.tracker.trend;

import care.backcare.tracker.routine.RoutinePlan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Which plan was in force on a date: the last one recorded before the end of that date. Dates before the
 * first recorded plan use that first plan (a patient who backfilled weeks before setting a plan is measured
 * against it, not against 7 days); a patient who never recorded one has the contract's 7 days a week.
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

    public int daysPerWeekOn(LocalDate date, ZoneId zone) {
        if (changes.isEmpty()) {
            return RoutinePlan.DEFAULT.daysPerWeek();
        }
        Instant dateEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        int days = changes.getFirst().daysPerWeek();
        for (PlanChange change : changes) {
            if (!change.plannedAt().isBefore(dateEnd)) {
                break;
            }
            days = change.daysPerWeek();
        }
        return days;
    }
}
