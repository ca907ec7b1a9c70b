package care.backcare.tracker.routine;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A new plan, in force from {@code plannedAt} until the next one. {@code setBy} and {@code setByName} name the
 * clinician who prescribed it (v1.1); both are null when the patient set it, as in every earlier event.
 */
@Revision("1")
public record RoutinePlannedEvent(
        UUID patientId,
        List<String> stretches,
        int minutesPerDay,
        int daysPerWeek,
        Instant plannedAt,
        UUID setBy,
        String setByName) {

    /** Planned by the patient. */
    public RoutinePlannedEvent(UUID patientId, List<String> stretches, int minutesPerDay, int daysPerWeek,
                               Instant plannedAt) {
        this(patientId, stretches, minutesPerDay, daysPerWeek, plannedAt, null, null);
    }

    public RoutinePlan plan() {
        return new RoutinePlan(stretches, minutesPerDay, daysPerWeek);
    }
}
