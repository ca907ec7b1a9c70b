package care.backcare.tracker.routine;

import java.time.Instant;
import java.util.UUID;

/**
 * The plan in force; {@code plannedAt} is null while the patient follows the default plan. {@code setBy} and
 * {@code setByName} name the clinician who set it, null when the patient did.
 */
public record RoutineView(RoutinePlan plan, Instant plannedAt, UUID setBy, String setByName) {

    public RoutineView(RoutinePlan plan, Instant plannedAt) {
        this(plan, plannedAt, null, null);
    }
}
