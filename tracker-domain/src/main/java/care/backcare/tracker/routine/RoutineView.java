package care.backcare.tracker.routine;

import java.time.Instant;

/** The plan in force; {@code plannedAt} is null while the patient follows the default plan. */
public record RoutineView(RoutinePlan plan, Instant plannedAt) {
}
